import { describe, expect, it } from "vitest";
import { featuredSpeakers, overviewByDay } from "@/lib/programme/conference-overview";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

describe("overviewByDay", () => {
  it("groups forums by their local day in the conference zone and spans their sessions", () => {
    const snapshot = makeSnapshot({
      sessions: [
        makeSession({ startsAt: "2017-12-01T01:00:00.000Z", endsAt: "2017-12-01T01:30:00.000Z", roomId: 1 }),
        makeSession({ startsAt: "2017-12-01T03:40:00.000Z", endsAt: "2017-12-01T04:10:00.000Z", roomId: 2 }),
      ],
    });
    const [day, ...rest] = overviewByDay(snapshot, "zh-CN");
    expect(rest).toHaveLength(0);
    expect(day?.date).toBe("2017-12-01");
    expect(day?.forums[0]).toMatchObject({
      name: "网络剧高峰论坛",
      organizations: [{ name: "咪咕文化科技有限公司", role: "organizer" }],
      rooms: ["一厅", "二厅"],
      sessionCount: 2,
      startsAt: new Date("2017-12-01T01:00:00.000Z"),
      endsAt: new Date("2017-12-01T04:10:00.000Z"),
    });
  });

  it("uses the local date, not the UTC date, for a session just after midnight in Chengdu", () => {
    const snapshot = makeSnapshot({
      sessions: [makeSession({ startsAt: "2017-11-30T16:30:00.000Z", endsAt: "2017-11-30T17:00:00.000Z" })],
    });
    expect(overviewByDay(snapshot, "zh-CN")[0]?.date).toBe("2017-12-01");
  });

  it("shows translations in English and falls back where there are none", () => {
    const snapshot = makeSnapshot({ sessions: [makeSession({ roomId: 2 })] });
    const forum = overviewByDay(snapshot, "en")[0]?.forums[0];
    expect(forum?.name).toBe("Web Drama Summit");
    expect(forum?.organizations[0]?.name).toBe("MIGU");
    expect(forum?.rooms).toEqual(["二厅"]);
  });

  it("keeps a forum without sessions on its own date", () => {
    const [day] = overviewByDay(makeSnapshot(), "zh-CN");
    expect(day).toMatchObject({ date: "2017-12-01", forums: [{ sessionCount: 0, startsAt: null }] });
  });
});

describe("featuredSpeakers", () => {
  it("puts keynote speakers first, lists each person once, skips moderators and cancelled sessions", () => {
    const snapshot = makeSnapshot({
      speakers: [
        makeSpeaker(1, "王斌", "Speaker 1"),
        makeSpeaker(2, "马中骏", "Speaker 2"),
        makeSpeaker(3, "李霞", "Speaker 3"),
        makeSpeaker(4, "取消", "Speaker 4"),
      ],
      sessions: [
        makeSession({
          kind: "talk",
          startsAt: "2017-12-01T01:30:00.000Z",
          people: [{ speakerId: 2, role: "speaker" }],
        }),
        makeSession({
          kind: "keynote",
          startsAt: "2017-12-01T01:40:00.000Z",
          people: [{ speakerId: 1, role: "speaker" }],
        }),
        makeSession({ kind: "panel", people: [{ speakerId: 3, role: "moderator" }] }),
        makeSession({ kind: "talk", status: "cancelled", people: [{ speakerId: 4, role: "speaker" }] }),
        makeSession({
          kind: "talk",
          startsAt: "2017-12-01T02:00:00.000Z",
          people: [{ speakerId: 2, role: "speaker" }],
        }),
      ],
    });
    expect(featuredSpeakers(snapshot, "zh-CN").map((s) => s.name)).toEqual(["王斌", "马中骏"]);
    expect(featuredSpeakers(snapshot, "en")[0]).toMatchObject({
      name: "Speaker 1",
      position: "CEO",
      sessionKind: "keynote",
    });
  });
});
