import { describe, expect, it } from "vitest";
import { excerpt, highlight } from "@/lib/search/highlight";

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join("");

describe("highlight", () => {
  it("marks Chinese terms wherever they occur", () => {
    expect(highlight("咪咕视讯科技有限公司CEO王斌", ["咪咕", "王"])).toEqual([
      { text: "咪咕", match: true },
      { text: "视讯科技有限公司CEO", match: false },
      { text: "王", match: true },
      { text: "斌", match: false },
    ]);
  });

  it("ignores case and keeps the text's own spelling", () => {
    expect(marked("Wang Bin, CEO of MIGU Video", ["migu", "ceo"])).toBe("Wang Bin, [CEO] of [MIGU] Video");
  });

  it("matches full-width letters in the text with the query's normal ones", () => {
    expect(marked("热门ＩＰ运营商", ["IP"])).toBe("热门[ＩＰ]运营商");
  });

  it("marks a Latin term at the start of a word only", () => {
    expect(marked("Chairman Dai on AI and 5G与AI结合", ["AI"])).toBe("Chairman Dai on [AI] and 5G与[AI]结合");
    expect(marked("热门IP运营商 and IPs, not ship", ["ip"])).toBe("热门[IP]运营商 and [IP]s, not ship");
  });

  it("merges overlapping and touching matches into one mark", () => {
    expect(marked("网络大剧的精品化", ["网络大", "大剧的", "精品"])).toBe("[网络大剧的精品]化");
    expect(highlight("哈哈哈哈", ["哈哈"])).toEqual([{ text: "哈哈哈哈", match: true }]);
  });

  it("gives the text back unmarked when nothing matches, and nothing for nothing", () => {
    expect(highlight("跨平台运营", ["咪咕"])).toEqual([{ text: "跨平台运营", match: false }]);
    expect(highlight("跨平台运营", [])).toEqual([{ text: "跨平台运营", match: false }]);
    expect(highlight("", ["咪咕"])).toEqual([]);
  });

  it("puts the text back together exactly", () => {
    const text = "IP的跨平台运营 — Cross-Platform Operation of IP 😀 𠀀";
    expect(
      highlight(text, ["ip", "平台", "𠀀", "operation"])
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });
});

describe("excerpt", () => {
  const abstract =
    "咪咕视讯科技有限公司CEO王斌就“网络大剧的精品化与跨平台运营”发表主题演讲。5G技术带来的极致网速体验将激发高品质流媒体全面普及，网络视听也将迈入“大视频”时代；5G与AI结合将产生视听新业态。网生精品IP的孵化离不开生态链思维。";

  it("returns a short text whole, whitespace tidied", () => {
    expect(excerpt("  IP的\n\n跨平台运营  ", ["IP"], 40)).toBe("IP的 跨平台运营");
  });

  it("shows a window around the first match, with ellipses where it cuts", () => {
    const result = excerpt(abstract, ["AI"], 30);
    expect(result).toContain("AI");
    expect(result.startsWith("…")).toBe(true);
    expect(result.endsWith("…")).toBe(true);
    expect(result.length).toBeLessThanOrEqual(30);
    expect(abstract).toContain(result.slice(1, -1));
  });

  it("starts at the beginning when the match is near it", () => {
    const result = excerpt(abstract, ["科技"], 30);
    expect(result.startsWith("咪咕视讯")).toBe(true);
    expect(result.endsWith("…")).toBe(true);
    expect(result.length).toBe(30);
  });

  it("ends at the end when the match is near it", () => {
    const result = excerpt(abstract, ["生态链"], 30);
    expect(result.startsWith("…")).toBe(true);
    expect(result.endsWith("生态链思维。")).toBe(true);
    expect(result.length).toBe(30);
  });

  it("falls back to the start of the text when nothing matches", () => {
    expect(excerpt(abstract, ["咖啡"], 12)).toBe("咪咕视讯科技有限公司C…");
  });

  it("cuts English between words", () => {
    const text =
      "Wang Bin, CEO of MIGU Video, on premium web dramas and cross-platform operation: 5G will make high-quality streaming universal and bring online audio-visual media into the era of big video.";
    const result = excerpt(text, ["streaming"], 60);
    expect(result).toMatch(/^… ?[A-Za-z0-9]/);
    const inner = result.replace(/^…|…$/g, "");
    expect(text).toContain(inner);
    expect(text.charAt(text.indexOf(inner) - 1)).toMatch(/[\s]/);
    expect(inner).toContain("streaming");
    expect(result.length).toBeLessThanOrEqual(60);
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const text = "𠀀".repeat(50) + "咪咕" + "𠀀".repeat(50);
    const result = excerpt(text, ["咪咕"], 21);
    expect(result).toContain("咪咕");
    expect(result).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
