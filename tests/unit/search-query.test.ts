import { describe, expect, it } from "vitest";
import {
  isFtsTerm,
  MAX_QUERY_LENGTH,
  normalizeSearchQuery,
  toFtsMatchExpression,
  toLikePattern,
} from "@/lib/search/query";

describe("normalizeSearchQuery", () => {
  it("tidies what was typed and splits it into terms", () => {
    expect(normalizeSearchQuery("  咪咕 \t\n 王斌  ")).toEqual({
      status: "ok",
      query: "咪咕 王斌",
      terms: ["咪咕", "王斌"],
    });
  });

  it("folds full-width letters and punctuation (NFKC)", () => {
    expect(normalizeSearchQuery("ＩＰ（跨平台）")).toEqual({
      status: "ok",
      query: "IP(跨平台)",
      terms: ["IP", "跨平台"],
    });
  });

  it("splits at punctuation, Chinese punctuation included", () => {
    expect(normalizeSearchQuery("推原创之波，助精品之澜").terms).toEqual(["推原创之波", "助精品之澜"]);
    expect(normalizeSearchQuery("Cross-Platform").terms).toEqual(["Cross", "Platform"]);
    expect(normalizeSearchQuery('"咪咕"').terms).toEqual(["咪咕"]);
  });

  it("keeps a term once, whatever its case", () => {
    expect(normalizeSearchQuery("Migu MIGU migu 咪咕").terms).toEqual(["Migu", "咪咕"]);
  });

  it("reports an empty box as empty", () => {
    for (const input of ["", "   ", "\n\t", "\u200b", undefined, null, 42, ["咪咕"]]) {
      expect(normalizeSearchQuery(input)).toEqual({ status: "empty", query: "", terms: [] });
    }
  });

  it("reports punctuation, symbols and FTS syntax with nothing to search for as junk", () => {
    for (const input of ['"*(', "-", "***", "( )", "NEAR(", "AND OR", "NOT", "+++", "!!!？？", "«»", "😀"]) {
      const result = normalizeSearchQuery(input);
      expect(result.status, input).toBe("junk");
      expect(result.terms).toEqual([]);
      expect(result.query).toBe(input.normalize("NFKC").trim());
    }
  });

  it("treats FTS operators as syntax only in capitals", () => {
    expect(normalizeSearchQuery("Migu AND Wang").terms).toEqual(["Migu", "Wang"]);
    expect(normalizeSearchQuery("rock and roll").terms).toEqual(["rock", "and", "roll"]);
    expect(normalizeSearchQuery("NEAR(咪咕 王斌)").terms).toEqual(["咪咕", "王斌"]);
  });

  it("refuses queries over the length limit, giving back the capped text", () => {
    const long = "网".repeat(MAX_QUERY_LENGTH + 1);
    expect(normalizeSearchQuery(long)).toEqual({ status: "too-long", query: "网".repeat(MAX_QUERY_LENGTH), terms: [] });
    expect(normalizeSearchQuery("网".repeat(MAX_QUERY_LENGTH)).status).toBe("ok");
    expect(normalizeSearchQuery("a ".repeat(10_000)).status).toBe("too-long");
  });

  it("counts characters, not UTF-16 units, against the limit", () => {
    expect(normalizeSearchQuery("𠀀".repeat(MAX_QUERY_LENGTH)).status).toBe("ok");
  });

  it("survives lone surrogates and control characters", () => {
    expect(normalizeSearchQuery("\ud800咪咕\u0000王").terms).toEqual(["咪咕", "王"]);
  });
});

describe("FTS and LIKE escaping", () => {
  it("sends only terms of three characters or more to FTS", () => {
    expect(["王", "咪咕", "IP", "网络剧", "AI5", "𠀀𠀀"].map(isFtsTerm)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it("quotes every term so no character is FTS syntax", () => {
    expect(toFtsMatchExpression(["网络剧", 'a"b', "NEAR"])).toBe('"网络剧" "a""b" "NEAR"');
  });

  it("escapes LIKE wildcards and the escape character", () => {
    expect(toLikePattern("5%")).toBe("%5\\%%");
    expect(toLikePattern("a_b\\")).toBe("%a\\_b\\\\%");
  });
});
