import { beforeAll, describe, expect, it } from "vitest";
import type { PublishedProgramme } from "@/db/queries/published";
import { buildCalendar, myAgendaName, type CalendarOptions } from "@/lib/calendar/ics";
import zh from "@/messages/zh-CN.json";
import { loadDemoProgramme } from "../support/demo-programme";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";
import { eventByUid, parseEvents, prop, unfold } from "../support/ics";

const url = (guid: string) => `https://podium.example/test-conf/sessions/${guid}`;
const stamp = new Date("2017-11-20T08:30:00.000Z");
const zhOptions: CalendarOptions = { locale: "zh-CN", url, stamp };

describe("buildCalendar with the demo programme", () => {
  let demo: PublishedProgramme;
  let keynoteGuid: string;
  beforeAll(async () => {
    demo = await loadDemoProgramme();
    const keynote = demo.snapshot.sessions.find((s) => s.title === "推原创之波，助精品之澜");
    if (!keynote) throw new Error("the demo lost the web drama summit's keynote");
    keynoteGuid = keynote.guid;
  });
  const build = (options: Partial<CalendarOptions> = {}) =>
    buildCalendar(demo.snapshot, { ...zhOptions, stamp: demo.publishedAt, ...options });

  it("is a VCALENDAR 2.0 from Podium with one event per session of the release", () => {
    const ics = build();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Podium//Podium programme//ZH\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(parseEvents(ics)).toHaveLength(demo.snapshot.sessions.length);
    expect(demo.snapshot.sessions.length).toBeGreaterThan(5);
    expect(prop(unfold(ics), "X-WR-CALNAME")).toBe("第五届中国网络视听大会");
    expect(prop(unfold(ics), "X-WR-TIMEZONE")).toBe("Asia/Shanghai");
  });

  it("describes Asia/Shanghai once and writes the 09:00 keynote of 网络剧高峰论坛 in that zone", () => {
    const lines = unfold(build());
    expect(lines.filter((l) => l === "BEGIN:VTIMEZONE")).toHaveLength(1);
    const tz = lines.slice(lines.indexOf("BEGIN:VTIMEZONE"), lines.indexOf("END:VTIMEZONE"));
    expect(tz).toContain("TZID:Asia/Shanghai");
    expect(tz).toContain("TZOFFSETTO:+0800");

    const keynote = eventByUid(build(), `${keynoteGuid}@podium`);
    expect(prop(keynote, "DTSTART;TZID=Asia/Shanghai")).toBe("20171201T090000");
    expect(prop(keynote, "DTEND;TZID=Asia/Shanghai")).toBe("20171201T093000");
    expect(prop(keynote, "SUMMARY")).toBe("推原创之波，助精品之澜");
    expect(prop(keynote, "SEQUENCE")).toBe("1");
    expect(prop(keynote, "STATUS")).toBe("CONFIRMED");
    expect(prop(keynote, "LOCATION")).toBe("分论坛一厅");
    expect(prop(keynote, "URL;VALUE=URI")).toBe(url(keynoteGuid));
    // DTSTAMP must be UTC; it is the release's publication, not the time of the request.
    expect(prop(keynote, "DTSTAMP")).toBe(
      demo.publishedAt
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, ""),
    );
    const description = prop(keynote, "DESCRIPTION") ?? "";
    expect(description.startsWith("网络剧高峰论坛\\n\\n咪咕视讯科技有限公司CEO王斌")).toBe(true);
    expect(description.endsWith(`\\n\\n${zh.forum.role.speaker}：王斌（咪咕视讯科技有限公司 CEO）`)).toBe(true);
  });

  it("writes the same wall-clock times whatever zone the server runs in", () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      const inNewYork = build();
      process.env.TZ = "UTC";
      expect(build()).toBe(inNewYork);
      expect(prop(eventByUid(inNewYork, `${keynoteGuid}@podium`), "DTSTART;TZID=Asia/Shanghai")).toBe(
        "20171201T090000",
      );
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it("gives byte-identical output for the same release", () => {
    expect(build()).toBe(build());
    const guids = demo.snapshot.sessions.slice(0, 3).map((s) => s.guid);
    expect(build({ sessionGuids: guids })).toBe(build({ sessionGuids: [...guids].reverse() }));
  });

  it("keeps every line within 75 octets and ends each with CRLF", () => {
    const ics = build();
    const physical = ics.split("\r\n");
    expect(physical.pop()).toBe("");
    for (const line of physical) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    // The Chinese abstracts are long enough to need folding.
    expect(physical.some((l) => l.startsWith(" "))).toBe(true);
  });

  it("uses English titles, rooms and role words for locale en", () => {
    const ics = build({ locale: "en" });
    expect(prop(unfold(ics), "PRODID")).toBe("-//Podium//Podium programme//EN");
    expect(prop(unfold(ics), "X-WR-CALNAME")).toBe("The 5th China Internet Audio-Visual Conference");
    const keynote = eventByUid(ics, `${keynoteGuid}@podium`);
    expect(prop(keynote, "SUMMARY")).toBe("Riding the Wave of Originality\\, Lifting Quality Drama");
    expect(prop(keynote, "LOCATION")).toBe("Forum Hall 1");
    expect(prop(keynote, "DESCRIPTION")).toMatch(/^Web Drama Summit\\n\\nWang Bin\\, CEO of MIGU Video/);
    expect(prop(keynote, "DESCRIPTION")).toMatch(
      /\\n\\nSpeaker: Wang Bin \(CEO\\, MIGU Video Technology Co.\\, Ltd.\)$/,
    );
  });
});

describe("buildCalendar with a small release", () => {
  const [talk, cancelled, panel] = [
    makeSession({
      title: "流量, 内容; 未来\n下半场",
      abstract: "第一行\n第二行 C:\\path",
      version: 3,
      translations: { en: { title: "Traffic, content" } },
    }),
    makeSession({
      title: "取消的演讲",
      status: "cancelled",
      startsAt: "2017-12-01T02:00:00.000Z",
      endsAt: "2017-12-01T02:30:00.000Z",
      roomId: 2,
    }),
    makeSession({
      title: "对话",
      kind: "panel",
      roomId: null,
      startsAt: "2017-12-01T03:00:00.000Z",
      endsAt: "2017-12-01T04:00:00.000Z",
      people: [
        { speakerId: 2, role: "panelist" },
        { speakerId: 1, role: "moderator" },
        { speakerId: 3, role: "panelist" },
      ],
    }),
  ] as const;
  const snapshot = makeSnapshot({
    conference: {
      ...makeSnapshot().conference,
      name: "大会, 第五届; 成都",
      venue: "世纪城",
      translations: { en: { name: "Test Conference", venue: "Century City" } },
    },
    speakers: [
      makeSpeaker(1, "李霞", "Li Xia"),
      makeSpeaker(2, "王沁", "Wang Qin"),
      makeSpeaker(3, "张三", "Zhang San"),
    ],
    sessions: [panel, cancelled, talk],
  });

  it("marks a cancelled session STATUS:CANCELLED and keeps it, so calendars update it", () => {
    const ics = buildCalendar(snapshot, zhOptions);
    expect(prop(eventByUid(ics, `${cancelled.guid}@podium`), "STATUS")).toBe("CANCELLED");
    expect(prop(eventByUid(ics, `${talk.guid}@podium`), "STATUS")).toBe("CONFIRMED");
    expect(prop(eventByUid(ics, `${talk.guid}@podium`), "SEQUENCE")).toBe("3");
  });

  it("lists events in time order with a stable UID per session", () => {
    const uids = parseEvents(buildCalendar(snapshot, zhOptions)).map((e) => prop(e, "UID"));
    expect(uids).toEqual([talk, cancelled, panel].map((s) => `${s.guid}@podium`));
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    const ics = buildCalendar(snapshot, zhOptions);
    const event = eventByUid(ics, `${talk.guid}@podium`);
    expect(prop(event, "SUMMARY")).toBe("流量\\, 内容\\; 未来\\n下半场");
    expect(prop(event, "DESCRIPTION")).toBe("网络剧高峰论坛\\n\\n第一行\\n第二行 C:\\\\path");
    expect(prop(unfold(ics), "X-WR-CALNAME")).toBe("大会\\, 第五届\\; 成都");
    expect(prop(event, "LOCATION")).toBe("世纪城 一厅");
    expect(
      prop(eventByUid(buildCalendar(snapshot, { ...zhOptions, locale: "en" }), `${talk.guid}@podium`), "SUMMARY"),
    ).toBe("Traffic\\, content");
  });

  it("names the people with their role, moderator first, in the locale's words", () => {
    const zhPanel = eventByUid(buildCalendar(snapshot, zhOptions), `${panel.guid}@podium`);
    expect(prop(zhPanel, "DESCRIPTION")).toBe(
      `网络剧高峰论坛\\n\\n${zh.forum.role.moderator}：李霞（咪咕 CEO）\\n${zh.forum.role.panelist}：王沁（咪咕 CEO）\\n${zh.forum.role.panelist}：张三（咪咕 CEO）`,
    );
    expect(prop(zhPanel, "LOCATION")).toBe("世纪城");
    const enPanel = eventByUid(buildCalendar(snapshot, { ...zhOptions, locale: "en" }), `${panel.guid}@podium`);
    expect(prop(enPanel, "DESCRIPTION")).toBe(
      "Web Drama Summit\\n\\nModerator: Li Xia (CEO\\, MIGU)\\nPanelist: Wang Qin (CEO\\, MIGU)\\nPanelist: Zhang San (CEO\\, MIGU)",
    );
  });

  it("exports only the selected sessions, and an empty selection as a valid calendar without events", () => {
    const one = buildCalendar(snapshot, {
      ...zhOptions,
      sessionGuids: [panel.guid, "not-in-this-release"],
      name: myAgendaName(snapshot, "zh-CN"),
    });
    expect(parseEvents(one).map((e) => prop(e, "UID"))).toEqual([`${panel.guid}@podium`]);
    expect(prop(unfold(one), "X-WR-CALNAME")).toBe("大会\\, 第五届\\; 成都 – 我的日程");

    const none = buildCalendar(snapshot, { ...zhOptions, sessionGuids: [] });
    expect(parseEvents(none)).toEqual([]);
    expect(none).not.toContain("BEGIN:VTIMEZONE");
    expect(none.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(none.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("folds a long line without splitting a character, and unfolding restores it", () => {
    const abstract = "网络视听".repeat(60);
    const long = makeSnapshot({ sessions: [makeSession({ abstract })] });
    const ics = buildCalendar(long, zhOptions);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(prop(parseEvents(ics)[0]!, "DESCRIPTION")).toBe(`网络剧高峰论坛\\n\\n${abstract}`);
  });

  it("leaves out the forum's name when it only repeats the title, and an empty description", () => {
    const opening = makeSnapshot({ sessions: [makeSession({ title: "网络剧高峰论坛" })] });
    expect(prop(parseEvents(buildCalendar(opening, zhOptions))[0]!, "DESCRIPTION")).toBeUndefined();
  });

  it("writes UTC times when the conference's zone is UTC", () => {
    const utc = makeSnapshot({
      conference: { ...makeSnapshot().conference, timeZone: "UTC" },
      sessions: [makeSession()],
    });
    const ics = buildCalendar(utc, zhOptions);
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
    expect(prop(parseEvents(ics)[0]!, "DTSTART")).toBe("20171201T010000Z");
  });
});
