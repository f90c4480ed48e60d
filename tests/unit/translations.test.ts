import { describe, expect, it } from "vitest";
import { translate, type Translations } from "@/lib/domain/translations";

const forum = {
  name: "网络剧高峰论坛",
  theme: "网络大剧的精品化与跨平台运营",
  translations: { en: { name: "Web Drama Summit", theme: "  " } } as Translations<"name" | "theme">,
};

describe("translate", () => {
  it("gives the translation in the wanted locale", () => {
    expect(translate(forum, "name", "en")).toBe("Web Drama Summit");
  });

  it("falls back to the original where no translation exists", () => {
    expect(translate(forum, "name", "zh-CN")).toBe("网络剧高峰论坛");
  });

  it("treats a blank translation as missing", () => {
    expect(translate(forum, "theme", "en")).toBe("网络大剧的精品化与跨平台运营");
  });
});
