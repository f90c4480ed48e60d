import { describe, expect, it } from "vitest";
import type { ExportOptions, ScheduleDocument, ScheduleEvent } from "@/lib/interop/schedule-document";
import { exportScheduleJson } from "@/lib/interop/schedule-json-export";
import { exportScheduleJson2 } from "@/lib/interop/schedule-json2-export";
import { parseScheduleJson } from "@/lib/interop/schedule-json-import";
import { validateScheduleJson } from "../support/validate-json";

// A Podium document shaped like the Chinese demo (roles, forums, translations), exported as schedule JSON and schedule2 and read back.

const options: ExportOptions = {
  baseUrl: "https://podium.example/china-netav-2017/",
  generatedAt: new Date("2025-01-01T00:00:00Z"),
  version: "v3",
  generatorVersion: "0.1.0",
};

const guid = (n: number) => `3e0f7a52-1c4b-4d8e-9a6f-00000000000${n}`;
const person = (n: number, name: string, role: ScheduleEvent["persons"][number]["role"]) => ({
  name,
  guid: `9b2d4c61-7e3a-4f15-8c09-00000000000${n}`,
  id: null,
  role,
});

function session(n: number, overrides: Partial<ScheduleEvent>): ScheduleEvent {
  return {
    guid: guid(n),
    id: 100 + n,
    start: "2017-12-01T01:00:00.000Z",
    durationMinutes: 30,
    room: "分论坛一厅",
    title: "",
    titleEn: null,
    subtitle: "",
    track: "专业论坛",
    group: "web-drama-summit",
    type: "talk",
    language: "zh",
    abstract: "",
    abstractEn: null,
    description: "",
    slug: null,
    url: `${options.baseUrl}sessions/${guid(n)}`,
    cancelled: false,
    persons: [],
    links: [],
    ...overrides,
  };
}

/** Shaped like the demo's China Internet Audio-Visual Conference, 网络剧高峰论坛 on 1 December 2017. */
const netav: ScheduleDocument = {
  conference: {
    acronym: "china-netav-2017",
    title: "第五届中国网络视听大会",
    subtitle: "网络视听新时代",
    venue: "成都世纪城国际会议中心",
    city: "成都",
    startDate: "2017-11-29",
    endDate: "2017-12-01",
    timeZone: "Asia/Shanghai",
    url: "https://example.org/netav-2017/",
    languages: ["zh-CN", "en"],
  },
  rooms: [
    { name: "主会场", guid: null },
    { name: "分论坛一厅", guid: null },
  ],
  tracks: [
    { name: "大会主体活动", color: "#b91c1c" },
    { name: "专业论坛", color: "#1d4ed8" },
  ],
  groups: [
    { slug: "opening", name: "开幕式", nameEn: "Opening Ceremony", date: "2017-11-30" },
    { slug: "ip-forum", name: "IP开发论坛", nameEn: "IP Development Forum", date: "2017-11-30" },
    { slug: "web-drama-summit", name: "网络剧高峰论坛", nameEn: "Web Drama Summit", date: "2017-12-01" },
  ],
  events: [
    session(1, {
      start: "2017-11-30T01:00:00.000Z",
      durationMinutes: 60,
      room: "主会场",
      track: "大会主体活动",
      group: "opening",
      type: "ceremony",
      title: "开幕式",
      titleEn: "Opening Ceremony",
      persons: [person(1, "主持人甲", "host")],
    }),
    session(2, {
      start: "2017-11-30T06:00:00.000Z",
      group: "ip-forum",
      title: "IP开发的新路径",
      titleEn: "New Paths for IP Development",
      persons: [person(2, "李霞", null)],
    }),
    session(3, {
      type: "keynote",
      title: "推原创之波，助精品之澜",
      titleEn: "Riding the Wave of Originality, Lifting Quality Drama",
      abstract: "5G与AI结合将产生视听新业态。",
      abstractEn: "5G with AI will create new audio-visual forms.",
      persons: [person(3, "王斌", "speaker")],
    }),
    session(4, {
      start: "2017-12-01T02:10:00.000Z",
      durationMinutes: 50,
      type: "panel",
      title: "对话：网络大剧的精品化",
      titleEn: "Dialogue: Premium Web Dramas",
      persons: [
        person(4, "主持人乙", "moderator"),
        person(5, "马中骏", "panelist"),
        person(6, "王蓓蓓", "panelist"),
        person(7, "嘉宾丙", "panelist"),
      ],
    }),
    session(5, {
      start: "2017-12-01T03:00:00.000Z",
      durationMinutes: 15,
      type: "break",
      track: null,
      title: "茶歇",
      titleEn: "Coffee Break",
    }),
    session(6, {
      start: "2017-12-01T03:15:00.000Z",
      durationMinutes: 20,
      title: "取消的演讲",
      titleEn: "Cancelled Talk",
      cancelled: true,
      persons: [person(8, "嘉宾丁", "speaker")],
    }),
  ],
};

const essentials = (e: ScheduleEvent) => ({
  guid: e.guid,
  title: e.title,
  titleEn: e.titleEn,
  start: e.start,
  durationMinutes: e.durationMinutes,
  room: e.room,
  track: e.track,
  group: e.group,
  cancelled: e.cancelled,
  persons: e.persons.map((p) => ({ name: p.name, guid: p.guid, role: p.role })),
});

describe("a Podium document shaped like the Chinese demo", () => {
  it("exports schedule2 that validates and carries roles, groupings and localizable strings", () => {
    const json = exportScheduleJson2(netav, options);
    expect(validateScheduleJson(json, "schema2")).toEqual([]);
    const { schedule } = JSON.parse(json);
    expect(schedule.conference).toMatchObject({
      acronym: "china_netav_2017",
      time_zone_name: "Asia/Shanghai",
      languages: ["zh", "en"],
      start: "2017-11-29T00:00:00+08:00",
    });
    expect(
      schedule.conference.rooms.map(
        (r: { name: string; parent?: { name: string } }) => `${r.name} / ${r.parent?.name}`,
      ),
    ).toEqual(["主会场 / 开幕式", "分论坛一厅 / IP开发论坛", "分论坛一厅 / 网络剧高峰论坛"]);
    const byGuid = new Map(schedule.events.map((e: { guid: string }) => [e.guid, e]));
    expect(byGuid.get(guid(4))).toMatchObject({
      type: "DISCUSSION",
      start: "2017-12-01T10:10:00+08:00",
      end: "2017-12-01T11:00:00+08:00",
      title: "对话：网络大剧的精品化",
      participants: [
        { name: "主持人乙", role: "MODERATOR" },
        { name: "马中骏", role: "CONTRIBUTOR" },
        { name: "王蓓蓓", role: "CONTRIBUTOR" },
        { name: "嘉宾丙", role: "CONTRIBUTOR" },
      ],
    });
    expect(byGuid.get(guid(1))).toMatchObject({ type: "OTHER", participants: [{ role: "HOST" }] });
    expect(byGuid.get(guid(2))).toMatchObject({ participants: [{ name: "李霞", role: "SPEAKER" }] });
    expect(byGuid.get(guid(3))).toMatchObject({
      type: "TALK",
      abstract: { zh: "5G与AI结合将产生视听新业态。", en: "5G with AI will create new audio-visual forms." },
    });
    expect(byGuid.get(guid(5))).toMatchObject({ type: "BREAK", title: "茶歇" });
    expect(byGuid.get(guid(6))).toMatchObject({ state: "CANCELED" });
    expect(schedule.podium.localized_titles[guid(4)]).toEqual({
      zh: "对话：网络大剧的精品化",
      en: "Dialogue: Premium Web Dramas",
    });
    expect(schedule.podium.localized_grouping_names["web-drama-summit"]).toEqual({
      zh: "网络剧高峰论坛",
      en: "Web Drama Summit",
    });
  });

  it("gives back the same events, groups and rooms when schedule2 is read again", () => {
    const json = exportScheduleJson2(netav, options);
    const back = parseScheduleJson(json);
    expect(back.ignored).toEqual([]);
    const expected = netav.events.map((e) => ({
      ...essentials(e),
      persons: essentials(e).persons.map((p) => ({ ...p, role: p.role ?? "speaker" })),
    }));
    expect(back.document.events.map(essentials)).toEqual(expected);
    expect(back.document.events.find((e) => e.guid === guid(3))).toMatchObject({
      abstract: "5G与AI结合将产生视听新业态。",
      abstractEn: "5G with AI will create new audio-visual forms.",
      type: "TALK",
    });
    expect(back.document.groups).toEqual(netav.groups);
    expect(back.document.rooms.map((r) => r.name)).toEqual(["主会场", "分论坛一厅"]);
    expect(back.document.conference).toMatchObject({
      startDate: "2017-11-29",
      endDate: "2017-12-01",
      timeZone: "Asia/Shanghai",
      subtitle: "网络视听新时代",
    });
    expect(exportScheduleJson2(back.document, options)).toBe(json);
  });

  it("exports schema.json that validates, without the cancelled session, each session's forum as its track", () => {
    const json = exportScheduleJson(netav, options);
    expect(validateScheduleJson(json, "schema")).toEqual([]);
    const days = JSON.parse(json).schedule.conference.days;
    expect(days.map((d: { date: string }) => d.date)).toEqual(["2017-11-29", "2017-11-30", "2017-12-01"]);
    const back = parseScheduleJson(json).document;
    const live = netav.events.filter((e) => !e.cancelled);
    expect(back.events.map(essentials)).toEqual(
      live.map((e) => ({
        ...essentials(e),
        titleEn: null, // schema.json has one title
        group: null, // and no groupings: the forum is the track
        track: e.group ? netav.groups.find((g) => g.slug === e.group)!.name : e.track,
        persons: essentials(e).persons.map((p) => ({ ...p, role: null })),
      })),
    );
  });
});
