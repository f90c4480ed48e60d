import { describe, expect, it } from "vitest";
import { localeCookie, negotiateLocale } from "@/lib/i18n/negotiate-locale";

describe("the language of a request", () => {
  it("follows a valid switcher cookie over everything else", () => {
    expect(negotiateLocale("NEXT_LOCALE=en", "zh-CN", "zh-CN")).toBe("en");
    expect(negotiateLocale("a=1; NEXT_LOCALE=zh-CN; b=2", "en-US,en;q=0.9", "en")).toBe("zh-CN");
    expect(negotiateLocale("NEXT_LOCALE=zh-CN", null, "en")).toBe("zh-CN");
  });

  it("takes the last NEXT_LOCALE of the header, as Next.js's cookie parser does", () => {
    expect(negotiateLocale("NEXT_LOCALE=en; NEXT_LOCALE=zh-CN", "en", null)).toBe("zh-CN");
    expect(negotiateLocale("NEXT_LOCALE=zh-CN; other=1; NEXT_LOCALE=en", "zh", null)).toBe("en");
    // A value that does not decode is skipped, so the one before it stands.
    expect(localeCookie("NEXT_LOCALE=en; NEXT_LOCALE=%")).toBe("en");
    // The last readable value is not a locale: no cookie choice at all.
    expect(localeCookie("NEXT_LOCALE=en; NEXT_LOCALE=fr")).toBeNull();
    expect(localeCookie("NEXT_LOCALE=zh%2DCN")).toBe("zh-CN");
  });

  it("ignores a malformed or unknown cookie instead of failing", () => {
    for (const cookie of [
      "NEXT_LOCALE=%",
      "NEXT_LOCALE=%E0%A4%A",
      "NEXT_LOCALE=fr",
      "NEXT_LOCALE=",
      "NEXT_LOCALE",
      "next_locale=en",
      ";;;=;",
      "x".repeat(10_000),
    ]) {
      expect(negotiateLocale(cookie, "en", "zh-CN"), cookie).toBe("en");
      expect(negotiateLocale(cookie, null, "zh-CN"), cookie).toBe("zh-CN");
    }
  });

  it("reads Accept-Language with its q-values: the highest language Podium has wins", () => {
    expect(negotiateLocale(null, "en-US,en;q=0.9", null)).toBe("en");
    expect(negotiateLocale(null, "zh-TW", null)).toBe("zh-CN");
    expect(negotiateLocale(null, "zh-Hant-HK,zh;q=0.9", "en")).toBe("zh-CN");
    expect(negotiateLocale(null, "en;q=0.5, zh;q=0.8", null)).toBe("zh-CN");
    expect(negotiateLocale(null, "zh;q=0.1, de, en;q=0.2", null)).toBe("en");
    expect(negotiateLocale(null, "fr-CH, fr;q=0.9, zh-CN;q=0.8, en;q=0.7, *;q=0.5", null)).toBe("zh-CN");
    expect(negotiateLocale(null, "EN-gb", "zh-CN")).toBe("en");
    expect(negotiateLocale(null, "en_US", "zh-CN")).toBe("en");
  });

  it("answers English when the header names only languages Podium does not have", () => {
    expect(negotiateLocale(null, "de", "zh-CN")).toBe("en");
    expect(negotiateLocale(null, "ja-JP, ko;q=0.5", null)).toBe("en");
    expect(negotiateLocale(null, "de, *;q=0.1", "zh-CN")).toBe("en");
  });

  it("gives the conference's default language, else zh-CN, when the request states none", () => {
    for (const header of [null, undefined, "", "*", "   ", "en;q=0", ";;;,,q=abc", "x"]) {
      expect(negotiateLocale(null, header, "en"), String(header)).toBe("en");
      expect(negotiateLocale(undefined, header, null), String(header)).toBe("zh-CN");
    }
  });

  it("copes with a huge header", () => {
    expect(negotiateLocale(null, `${"de;q=0.9,".repeat(2000)}zh;q=0.95`, null)).toBe("zh-CN");
    expect(negotiateLocale(null, "a".repeat(16_000), "en")).toBe("en");
  });
});
