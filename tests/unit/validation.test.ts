import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { conferenceInsertSchema, sessionInsertSchema, speakerInsertSchema } from "@/db/validation";
import { reservedSlugs } from "@/lib/slug";

const conference = {
  slug: "china-netav-2017",
  name: "第五届中国网络视听大会",
  timeZone: "Asia/Shanghai",
  startDate: "2017-11-29",
  endDate: "2017-12-01",
};

function fieldErrors(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("conference validation", () => {
  it("accepts the demo conference", () => {
    expect(conferenceInsertSchema.safeParse(conference).success).toBe(true);
  });

  it("names the field and, by code, the fix for each mistake", () => {
    const errors = fieldErrors(
      conferenceInsertSchema.safeParse({ ...conference, slug: "admin", timeZone: "China", startDate: "2017-02-30" }),
    );
    expect(errors.slug).toBe("reservedSlug");
    expect(errors.timeZone).toBe("invalidTimeZone");
    expect(errors.startDate).toBe("invalidDate");
  });

  it("refuses a conference that ends before it starts", () => {
    expect(fieldErrors(conferenceInsertSchema.safeParse({ ...conference, endDate: "2017-11-28" })).endDate).toBe(
      "endBeforeStart",
    );
  });

  it("reserves every top-level route of the app, so no conference can hide one", () => {
    // Public pages sit under app/[locale] (the proxy adds the locale); route groups add no segment.
    const staticChildren = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => (e.name.startsWith("(") ? staticChildren(path.join(dir, e.name)) : [e.name]));
    const appDir = path.resolve(import.meta.dirname, "../../app");
    const topLevel = [...staticChildren(appDir), ...staticChildren(path.join(appDir, "[locale]"))].filter(
      (n) => !n.startsWith("[") && !n.startsWith("_"),
    );
    for (const route of topLevel) expect(reservedSlugs.has(route), route).toBe(true);
  });
});

describe("session validation", () => {
  const at = (iso: string) => new Date(iso);
  it("needs both ends of a time, in order", () => {
    expect(
      sessionInsertSchema.safeParse({
        forumId: 1,
        title: "对话",
        startsAt: at("2017-12-01T02:00:00Z"),
        endsAt: at("2017-12-01T03:00:00Z"),
      }).success,
    ).toBe(true);
    expect(
      fieldErrors(sessionInsertSchema.safeParse({ forumId: 1, title: "对话", startsAt: at("2017-12-01T02:00:00Z") }))
        .endsAt,
    ).toBe("startAndEndTogether");
    expect(
      fieldErrors(
        sessionInsertSchema.safeParse({
          forumId: 1,
          title: "对话",
          startsAt: at("2017-12-01T02:00:00Z"),
          endsAt: at("2017-12-01T01:00:00Z"),
        }),
      ).endsAt,
    ).toBe("endBeforeStart");
  });

  it("refuses an empty title and an unknown kind", () => {
    const errors = fieldErrors(sessionInsertSchema.safeParse({ forumId: 1, title: "   ", kind: "party" }));
    expect(errors.title).toMatch(/required/);
    expect(errors.kind).toBeDefined();
  });
});

describe("speaker validation", () => {
  it("accepts web links and refuses javascript: links", () => {
    const base = { conferenceId: 1, slug: "wang-bin", name: "王斌" };
    expect(
      speakerInsertSchema.safeParse({ ...base, links: [{ kind: "website", url: "https://www.migu.cn/" }] }).success,
    ).toBe(true);
    expect(
      speakerInsertSchema.safeParse({ ...base, links: [{ kind: "website", url: "javascript:alert(1)" }] }).success,
    ).toBe(false);
  });
});
