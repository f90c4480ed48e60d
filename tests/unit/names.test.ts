import { describe, expect, it } from "vitest";
import { joinNames, nameIn, namesIn, shortNameIn, withNamesIn } from "@/lib/i18n/names";

const room = { name: "分论坛一厅", translations: { en: { name: "Forum Hall 1" } } };
const untranslated = { name: "主会场", translations: { en: { name: "  " } } };

describe("names in the viewer's language", () => {
  it("takes the translation where there is one, else the original", () => {
    expect(nameIn(room, "en")).toBe("Forum Hall 1");
    expect(nameIn(room, "zh-CN")).toBe("分论坛一厅");
    expect(nameIn(untranslated, "en")).toBe("主会场");
  });

  it("gives the other version second, and none when there is no other", () => {
    expect(namesIn(room, "en")).toEqual({ name: "Forum Hall 1", other: "分论坛一厅" });
    expect(namesIn(room, "zh-CN")).toEqual({ name: "分论坛一厅", other: "Forum Hall 1" });
    expect(namesIn(untranslated, "en")).toEqual({ name: "主会场", other: null });
  });

  it("names an organization by its short name in the viewer's language, then its name", () => {
    const migu = { name: "咪咕文化科技有限公司", shortName: "咪咕", translations: { en: { name: "MIGU Culture" } } };
    expect(shortNameIn(migu, "zh-CN")).toBe("咪咕");
    expect(shortNameIn(migu, "en")).toBe("MIGU Culture");
    expect(shortNameIn({ ...migu, translations: { en: { name: "MIGU Culture", shortName: "MIGU" } } }, "en")).toBe(
      "MIGU",
    );
  });

  it("joins with the language's separator and renames a select's choices", () => {
    expect(joinNames(["王斌", "刘春"], "zh-CN")).toBe("王斌、刘春");
    expect(joinNames(["Wang Bin", "Liu Chun"], "en")).toBe("Wang Bin, Liu Chun");
    expect(withNamesIn([{ id: 3, ...room }], "en")).toEqual([{ id: 3, ...room, name: "Forum Hall 1" }]);
  });
});
