import { describe, expect, it } from "vitest";
import { parseInitial } from "@/lib/programme/initials";
import { groupByInitial, matchesSpeakerFilter, nameInitial } from "@/lib/programme/speaker-index";

const names = (groups: ReturnType<typeof groupByInitial<{ name: string }>>) =>
  groups.map((g) => [g.initial, g.speakers.map((s) => s.name)]);

describe("the speakers' index", () => {
  it("files Latin names under their first letter, accents and punctuation aside", () => {
    expect(["Linus", "linus", "Émile", "Øyvind", "Łukasz", "'t Hooft", "A.J.", "(Kim) Lee"].map(nameInitial)).toEqual([
      "L",
      "L",
      "E",
      "O",
      "L",
      "T",
      "A",
      "K",
    ]);
  });

  it("files Chinese names under the pinyin initial of the surname, read as a surname", () => {
    expect(["王斌", "李霞", "吕布", "曾小贤", "单田芳", "区志航", "欧阳娜娜", "翟天临"].map(nameInitial)).toEqual([
      "W",
      "L",
      "L",
      "Z",
      "S",
      "O",
      "O",
      "Z",
    ]);
  });

  it("puts digits, other scripts and placeholder names under `other`", () => {
    expect(["42 Team", "Иван", "山田", "-", "--", "  "].map(nameInitial)).toEqual([
      "other",
      "other",
      "S",
      "other",
      "other",
      "other",
    ]);
  });

  it("orders groups A–Z then other, names by the language's collation, placeholders last", () => {
    const speakers = ["--", "Zoe", "王斌", "-", "Ada", "42 Team", "Wang Qin", "阿来", "Émile"].map((name) => ({
      name,
    }));
    expect(names(groupByInitial(speakers, "zh-CN"))).toEqual([
      ["A", ["阿来", "Ada"]],
      ["E", ["Émile"]],
      ["W", ["王斌", "Wang Qin"]],
      ["Z", ["Zoe"]],
      ["other", ["42 Team", "-", "--"]],
    ]);
    expect(names(groupByInitial(speakers, "en"))[0]).toEqual(["A", ["Ada", "阿来"]]);
  });

  it("reads an initial from a query string, and nothing else", () => {
    expect([parseInitial("k"), parseInitial("K"), parseInitial("other"), parseInitial(["b", "c"])]).toEqual([
      "K",
      "K",
      "other",
      "B",
    ]);
    for (const bad of ["", "kk", "#", "Ä", "OTHER", undefined, 3]) expect(parseInitial(bad), String(bad)).toBeNull();
  });

  it("filters by name or affiliation, ignoring case and width", () => {
    const wang = { name: "王斌", affiliation: "咪咕视讯科技有限公司 CEO" };
    expect(["王", "咪咕", "ceo", "ＣＥＯ", "", "  "].map((f) => matchesSpeakerFilter(wang, f))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(matchesSpeakerFilter(wang, "李")).toBe(false);
  });
});
