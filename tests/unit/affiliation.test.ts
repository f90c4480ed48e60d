import { describe, expect, it } from "vitest";
import { formatAffiliation } from "@/lib/domain/affiliation";

describe("formatAffiliation", () => {
  it("puts the organization first in Chinese and the position first in English", () => {
    expect(formatAffiliation("CEO", "咪咕视讯科技有限公司", "zh-CN")).toBe("咪咕视讯科技有限公司 CEO");
    expect(formatAffiliation("CEO", "MIGU Video Technology Co., Ltd.", "en")).toBe(
      "CEO, MIGU Video Technology Co., Ltd.",
    );
  });

  it("leaves out what is missing", () => {
    expect(formatAffiliation("知名导演、监制", "", "zh-CN")).toBe("知名导演、监制");
    expect(formatAffiliation("Film director and producer", "", "en")).toBe("Film director and producer");
  });
});
