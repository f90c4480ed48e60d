import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSessionsCsv, parseSpeakersCsv } from "@/lib/interop/csv-import";
import { options, timeZone } from "./support/csv-rows";

const example = (name: string) => readFileSync(path.join(import.meta.dirname, "../../docs/examples", name), "utf8");

describe("the example files", () => {
  it("docs/examples/sessions.csv parses into the demo programme", () => {
    const { document, ignored } = parseSessionsCsv(example("sessions.csv"), options);
    expect(ignored).toEqual([]);
    expect(document.conference).toMatchObject({
      startDate: "2017-11-29",
      endDate: "2017-12-01",
      timeZone,
      languages: ["zh"],
    });
    expect(document.rooms.map((r) => r.name)).toEqual(["主会场", "分论坛一厅"]);
    expect(document.tracks.map((t) => t.name)).toEqual(["大会主体活动", "专业论坛"]);
    expect(document.groups).toEqual([
      { slug: "opening-ceremony", name: "开幕式", nameEn: null, date: "2017-11-29" },
      { slug: "web-drama-summit", name: "网络剧高峰论坛", nameEn: null, date: "2017-12-01" },
    ]);
    const [opening, keynote, talk, panel, showcase] = document.events;
    expect(opening).toMatchObject({
      guid: null,
      type: "ceremony",
      start: "2017-11-29T01:00:00.000Z",
      durationMinutes: 60,
      persons: [],
    });
    expect(keynote).toMatchObject({
      guid: "5b2f0c1e-7a3d-4e8b-9f61-2c4d8e0a1b37",
      titleEn: "Riding the Wave of Originality, Lifting Quality Drama",
      start: "2017-12-01T01:00:00.000Z",
      durationMinutes: 30,
    });
    expect(keynote!.persons).toEqual([{ name: "王斌", guid: null, id: null, role: "speaker" }]);
    expect(talk).toMatchObject({
      start: "2017-12-01T01:30:00.000Z",
      durationMinutes: 20,
      cancelled: false,
      abstractEn: null,
    });
    expect(panel!.abstract).toBe(
      "嘉宾从各自细分领域和市场背景出发，讨论IP的线上、线下运作与目标受众定制。\n好的IP不仅需要沉淀，更需要突破国界和文化背景。",
    );
    expect(panel!.persons.map((p) => `${p.name}/${p.role}`)).toEqual([
      "李霞/moderator",
      "王沁/panelist",
      "冯伟/panelist",
      "黄硕/panelist",
      "高文韬/panelist",
    ]);
    expect(showcase).toMatchObject({ title: "网络剧推介会", cancelled: true });
  });

  it("docs/examples/speakers.csv parses into speaker rows", () => {
    const { rows, ignored } = parseSpeakersCsv(example("speakers.csv"));
    expect(ignored).toEqual([]);
    expect(rows.map((r) => [r.line, r.slug, r.name])).toEqual([
      [2, "wang-bin", "王斌"],
      [3, "ma-zhongjun", "马中骏"],
      [4, "li-xia", "李霞"],
      // 李霞's two biographies take two lines each.
      [7, "gao-wentao", "高文韬"],
      [8, "wu-bai", "五百"],
    ]);
    expect(rows[0]).toMatchObject({
      guid: "0d9a4c2b-61f3-4b8e-a2d7-5c3e9f1a7b20",
      links: [{ kind: "website", url: "https://www.migu.cn" }],
      photo: null,
    });
    expect(rows[0]!.unavailability).toEqual([
      { startsAt: "2017-11-30T14:00", endsAt: "2017-11-30T18:00", note: "集团会议" },
    ]);
    expect(rows[2]!.bio).toBe("容艺教育创始人，知名电影制片人。\n主持本届网络剧高峰论坛的两场对话。");
    expect(rows[3]!.positionEn).toBe("Partner; General Manager, East China");
    expect(rows[3]!.links!.map((l) => l.kind)).toEqual(["website", "weibo"]);
    expect(rows[4]).toMatchObject({ organization: "", unavailability: [], links: [] });
  });
});

describe("the examples in docs/csv-template.md", () => {
  const blocks = [
    ...readFileSync(path.join(import.meta.dirname, "../../docs/csv-template.md"), "utf8").matchAll(
      /```csv\n([\s\S]*?)```/g,
    ),
  ].map((m) => m[1]!);

  it("parse as the page says", () => {
    expect(blocks).toHaveLength(2);
    const { document } = parseSessionsCsv(blocks[0]!, options);
    expect(document.events[0]!.start).toBe("2017-12-01T01:00:00.000Z");
    expect(document.events[1]!.persons.map((p) => p.role)).toEqual(["moderator", "panelist", "panelist"]);
    expect(parseSpeakersCsv(blocks[1]!).rows.map((r) => r.slug)).toEqual(["wang-bin", "gao-wentao"]);
  });
});
