import { describe, expect, it } from "vitest";
import { forumDetail } from "@/lib/programme/forum-detail";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

describe("forumDetail", () => {
  const snapshot = makeSnapshot({
    speakers: [makeSpeaker(1, "李霞", "Li Xia"), makeSpeaker(2, "王沁", "Wang Qin")],
    sessions: [
      makeSession({
        title: "对话",
        kind: "panel",
        startsAt: "2017-12-01T02:50:00.000Z",
        endsAt: "2017-12-01T03:30:00.000Z",
        people: [
          { speakerId: 2, role: "panelist" },
          { speakerId: 1, role: "moderator" },
        ],
      }),
      makeSession({
        title: "主题演讲",
        kind: "keynote",
        startsAt: "2017-12-01T01:00:00.000Z",
        status: "cancelled",
        translations: { en: { title: "Keynote" } },
      }),
      makeSession({ title: "别的论坛", forumId: 2 }),
    ],
  });

  it("lists the forum's sessions in time order, marking cancelled ones", () => {
    const forum = forumDetail(snapshot, "web-drama-summit", "zh-CN");
    expect(forum?.sessions.map((s) => [s.title, s.cancelled])).toEqual([
      ["主题演讲", true],
      ["对话", false],
    ]);
    expect(forum?.organizations).toEqual([{ name: "咪咕文化科技有限公司", role: "organizer" }]);
  });

  it("puts a panel's moderator before its panelists, with affiliations in the reader's order", () => {
    const [, panel] = forumDetail(snapshot, "web-drama-summit", "en")!.sessions;
    expect(panel?.people).toEqual([
      { slug: "p-1", name: "Li Xia", affiliation: "CEO, MIGU", role: "moderator" },
      { slug: "p-2", name: "Wang Qin", affiliation: "CEO, MIGU", role: "panelist" },
    ]);
  });

  it("returns null for a forum the release does not have", () => {
    expect(forumDetail(snapshot, "no-such-forum", "zh-CN")).toBeNull();
  });
});
