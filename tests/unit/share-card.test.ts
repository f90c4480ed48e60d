import { describe, expect, it } from "vitest";
import { shareCardContent, type ShareCardWords } from "@/lib/share/card-content";
import { fitText, glyphSet, textWidthEm, wrapText } from "@/lib/share/fit-text";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

describe("fitting text on a share card", () => {
  it("counts Chinese characters a full em and Latin letters narrower", () => {
    expect(textWidthEm("网络剧")).toBe(3);
    expect(textWidthEm("abc")).toBeLessThan(2);
    expect(textWidthEm("，")).toBe(1);
  });

  it("breaks Chinese between any two characters and English between words", () => {
    expect(wrapText("网络剧高峰论坛", 4, 5)).toEqual(["网络剧高", "峰论坛"]);
    expect(wrapText("Web Drama Summit", 4, 5)).toEqual(["Web", "Drama", "Summit"]);
    expect(wrapText("Web Drama Summit", 6, 5)).toEqual(["Web Drama", "Summit"]);
    expect(wrapText("IP的跨平台运营", 4, 5)).toEqual(["IP的跨", "平台运营"]);
  });

  it("ends a cut text with an ellipsis inside the width", () => {
    const lines = wrapText("第五届中国网络视听大会网络剧高峰论坛", 5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(5);
  });

  it("takes the largest size at which the title fits, and cuts only at the smallest", () => {
    expect(fitText("网络剧高峰论坛", 700, 2, [70, 50])).toEqual({ fontSize: 70, lines: ["网络剧高峰论坛"] });
    expect(fitText("网络剧高峰论坛网络剧高峰论坛", 700, 1, [70, 50]).fontSize).toBe(50);
    const cut = fitText("网".repeat(100), 700, 2, [70, 50]);
    expect(cut).toEqual({ fontSize: 50, lines: ["网".repeat(14), `${"网".repeat(13)}…`] });
  });

  it("subsets to each character used once, the space always among them", () => {
    expect(glyphSet(["论坛 论坛", "ab\na"])).toBe(" ab坛论");
    expect(glyphSet(["论坛"])).toBe(" 坛论");
  });
});

const words: ShareCardWords = {
  forum: "论坛",
  speaker: "嘉宾",
  sessionKind: { keynote: "主旨演讲", talk: "演讲", panel: "对话", ceremony: "仪式", break: "休息", other: "活动" },
  sessionCount: (count) => `${count} 场活动`,
  separator: "、",
};

describe("what a share card says", () => {
  const session = makeSession({
    kind: "keynote",
    title: "IP的跨平台运营",
    people: [{ speakerId: 1, role: "speaker" }],
  });
  const snapshot = makeSnapshot({
    sessions: [session],
    speakers: [{ ...makeSpeaker(1, "王斌", "Wang Bin"), slug: "wang-bin" }, makeSpeaker(2, "无名", "Nobody")],
  });

  it("names a session's kind, day, time, room, people and forum", () => {
    const card = shareCardContent(snapshot, "zh-CN", { kind: "session", key: session.guid }, words)!;
    expect(card.title).toBe("IP的跨平台运营");
    expect(card.eyebrow).toBe("主旨演讲 · 12月1日星期五 09:00–09:30 · 一厅");
    expect(card.lines).toEqual(["王斌", "网络剧高峰论坛", "咪咕 CEO"]);
    expect(card.conference).toBe("测试大会");
  });

  it("speaks English with the English names, falling back to the original where there is none", () => {
    const card = shareCardContent(
      snapshot,
      "en",
      { kind: "forum", key: "web-drama-summit" },
      { ...words, forum: "Forum", separator: ", " },
    )!;
    expect(card.title).toBe("Web Drama Summit");
    expect(card.conference).toBe("Test Conference");
    // The forum's theme has no English version: the public pages show the original too.
    expect(card.lines).toEqual(["主旨", "MIGU", "Wang Bin"]);
  });

  it("is null for what the release does not show, a speaker without a session included", () => {
    expect(
      shareCardContent(snapshot, "zh-CN", { kind: "session", key: "22222222-2222-4222-8222-222222222222" }, words),
    ).toBeNull();
    expect(shareCardContent(snapshot, "zh-CN", { kind: "forum", key: "none" }, words)).toBeNull();
    expect(shareCardContent(snapshot, "zh-CN", { kind: "speaker", key: "p-2" }, words)).toBeNull();
    expect(shareCardContent(snapshot, "zh-CN", { kind: "speaker", key: "wang-bin" }, words)?.lines).toEqual([
      "咪咕 CEO",
      "IP的跨平台运营",
    ]);
  });

  it("gives the conference its dates, city and size", () => {
    const card = shareCardContent(snapshot, "zh-CN", { kind: "conference" }, words)!;
    expect(card.title).toBe("测试大会");
    expect(card.eyebrow).toBe("2017年11月29日至12月1日 · 成都");
    expect(card.where).toBe("1 场活动");
  });
});
