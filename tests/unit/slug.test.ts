import { describe, expect, it } from "vitest";
import { conferenceSlugSchema, isSlug, reservedSlugs, slugify, slugSchema } from "@/lib/slug";

describe("slugs", () => {
  it.each(["china-netav-2017", "web-drama-summit", "a", "2017", "x1-y2"])("accepts %s", (slug) => {
    expect(isSlug(slug)).toBe(true);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(["", "Web-Drama", "web_drama", "web--drama", "-web", "web-", "网络剧", "web drama", "a".repeat(81)])(
    "refuses %j",
    (slug) => {
      expect(isSlug(slug)).toBe(false);
      expect(slugSchema.safeParse(slug).success).toBe(false);
    },
  );

  it("refuses a slug of other characters with the code whose words say what a slug may contain", () => {
    const result = slugSchema.safeParse("Web Drama");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("invalidSlug");
  });

  it.each(["admin", "api", "me", "signin", "media"])(
    "refuses the app's own route name %s as a conference slug",
    (slug) => {
      expect(reservedSlugs.has(slug)).toBe(true);
      const result = conferenceSlugSchema.safeParse(slug);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("reservedSlug");
    },
  );

  it("allows reserved words inside a longer conference slug", () => {
    expect(conferenceSlugSchema.safeParse("api-days-2026").success).toBe(true);
  });

  it("makes slugs from ASCII text and nothing from Chinese", () => {
    expect(slugify("  Web Drama Summit 2017! ")).toBe("web-drama-summit-2017");
    expect(slugify("Café Crème")).toBe("cafe-creme");
    expect(slugify("网络剧高峰论坛")).toBe("");
  });
});
