import { cache, state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { workspaceDeskOf } from "../support/workspace-desk";
import { settingsForm as settingsFormOf } from "../support/tenancy-forms";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findPublishedProgramme } from "@/db/queries/published";
import { findRevision } from "@/db/queries/revision";
import { auditLog, conferences, type Conference } from "@/db/schema";
import { expectAuditRefusal } from "../support/audit-failure";
import { runAction } from "../support/server-action";
import { fieldProblems } from "../support/field-problems";

const { createConference, saveConferenceSettings } = await import("@/db/mutations/conferences");
const { getConferenceSettings } = await import("@/db/queries/conferences");
const { saveConferenceSettingsAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/settings/actions");
const { createConferenceAction } = await import("@/app/[locale]/(workspace)/admin/conferences/new/actions");

/** The settings form as the page fills it in for a conference. */
const settingsForm = (c: Conference) => settingsFormOf(state.db, c.id);

describe("conference settings", () => {
  const t = scratchWorkspace();
  const { organizer, lastAudit } = workspaceDeskOf(t);
  beforeEach(() => {
    cache.updateTag.mockClear();
    cache.revalidateTag.mockClear();
  });

  const demo = () => t.db.select().from(conferences).where(eq(conferences.id, t.ws.conferenceId)).get()!;
  /** The demo's settings form as it stands, with `changes`, saved by its organizer. */
  const saveDemoSettings = (changes: Record<string, string>) =>
    saveConferenceSettings({ db: t.db, viewer: organizer() }, t.ws.conferenceId, {
      ...settingsForm(demo()),
      ...changes,
    });

  it("puts each field's error beside that field and changes nothing", () => {
    const before = demo();
    const result = saveDemoSettings({
      slug: "admin",
      name: "  ",
      startDate: "2017-02-30",
      timeZone: "Mars/Olympus_Mons",
      defaultLocale: "fr",
      website: "ftp://netav.example",
    });
    expect(result).toEqual(
      fieldProblems({
        slug: "reservedSlug",
        name: "required",
        startDate: "invalidDate",
        timeZone: "invalidTimeZone",
        defaultLocale: "chooseOne",
        website: "invalidUrl",
      }),
    );
    expect(demo()).toEqual(before);
  });

  it("refuses an end before the start, beside the end date", () => {
    expect(
      saveDemoSettings({
        startDate: "2017-12-02",
        endDate: "2017-12-01",
      }),
    ).toMatchObject({
      fields: { endDate: { code: "endBeforeStart" } },
    });
  });

  it("refuses a slug another conference has", () => {
    expect(
      saveDemoSettings({
        slug: "other-conf",
      }),
    ).toMatchObject({ fields: { slug: { code: "slugTaken", values: { kind: "conference" } } } });
  });

  it("saves the settings, keeps the translations it does not edit, and audits before and after", () => {
    const result = saveDemoSettings({
      venue: "成都世纪城新国际会展中心",
      venueEn: "Century City New International Convention Center",
      website: "https://netav.example.cn",
    });
    expect(result.ok).toBe(true);
    const after = demo();
    expect(after.venue).toBe("成都世纪城新国际会展中心");
    expect(after.translations.en).toMatchObject({
      shortName: "China NetAV Conference",
      description: expect.any(String),
      venue: "Century City New International Convention Center",
    });
    expect(lastAudit("conference.update")).toMatchObject({ conferenceId: t.ws.conferenceId, entityType: "conference" });
    expect(lastAudit("conference.update").details).toMatchObject({
      changes: {
        venue: { before: "", after: "成都世纪城新国际会展中心" },
        website: { before: null, after: "https://netav.example.cn" },
      },
    });
    expect(Object.keys((lastAudit("conference.update").details as { changes: object }).changes).sort()).toEqual([
      "translations",
      "venue",
      "website",
    ]);
  });

  it("reports how many releases the conference has", () => {
    expect(getConferenceSettings(t.db, organizer(), t.ws.conferenceId)).toMatchObject({
      slug: "china-netav-2017",
      releaseCount: 1,
    });
  });

  describe("saving through the action", () => {
    // Public caches are keyed by the conference's revision: a save moves it, and nothing is invalidated.
    const revision = (slug = "china-netav-2017") => findRevision(t.db, slug);
    afterEach(() => {
      expect(cache.updateTag).not.toHaveBeenCalled();
      expect(cache.revalidateTag).not.toHaveBeenCalled();
    });

    it("unpublishing hides the conference's release: it has no revision, so no public cache answers for it", async () => {
      state.viewer = organizer();
      expect(await findPublishedProgramme(t.db, "china-netav-2017")).not.toBeNull();
      expect(revision()).not.toBeNull();
      const form = settingsForm(demo());
      delete form.published;
      expect(await runAction(saveConferenceSettingsAction, { $conference: "china-netav-2017", ...form })).toEqual({
        redirect: "/admin/china-netav-2017/settings?saved=settings",
      });
      expect(demo().published).toBe(false);
      expect(await findPublishedProgramme(t.db, "china-netav-2017")).toBeNull();
      expect(revision()).toBeNull();
    });

    it("publishing makes the last release public again under a revision of its own", async () => {
      state.viewer = organizer();
      await runAction(saveConferenceSettingsAction, {
        $conference: "china-netav-2017",
        ...settingsForm(demo()),
        published: "on",
      });
      expect(demo().published).toBe(true);
      expect((await findPublishedProgramme(t.db, "china-netav-2017"))?.version).toBe("v1");
      expect(revision()).not.toBeNull();
    });

    it.each([
      ["name", { name: "第五届中国网络视听大会（成都）" }],
      ["dates", { endDate: "2017-12-02" }],
    ])("a change of %s moves the revision", async (_what, change) => {
      state.viewer = organizer();
      const before = revision();
      await runAction(saveConferenceSettingsAction, {
        $conference: "china-netav-2017",
        ...settingsForm(demo()),
        ...change,
      });
      expect(revision()).not.toBe(before);
    });

    it("a new slug leaves nothing public under the old one, and goes to the new address", async () => {
      state.viewer = organizer();
      const outcome = await runAction(saveConferenceSettingsAction, {
        $conference: "china-netav-2017",
        ...settingsForm(demo()),
        slug: "netav-2017",
      });
      expect(outcome).toEqual({ redirect: "/admin/netav-2017/settings?saved=settings" });
      expect(revision()).toBeNull();
      expect(revision("netav-2017")).not.toBeNull();
      await runAction(saveConferenceSettingsAction, {
        $conference: "netav-2017",
        ...settingsForm(demo()),
        slug: "china-netav-2017",
      });
      expect(demo().slug).toBe("china-netav-2017");
    });

    it("gives back field errors with what was typed, and leaves the revision as it was", async () => {
      state.viewer = organizer();
      const before = revision();
      const outcome = await runAction(saveConferenceSettingsAction, {
        $conference: "china-netav-2017",
        ...settingsForm(demo()),
        endDate: "2017-11-01",
      });
      expect(outcome).toMatchObject({
        state: {
          status: "error",
          fields: { endDate: { code: "endBeforeStart" } },
          values: { endDate: "2017-11-01", published: "on" },
        },
      });
      expect(revision()).toBe(before);
    });
  });
});

describe("new conference", () => {
  const t = scratchWorkspace();

  const valid = {
    slug: "china-netav-2026",
    name: "第十三届中国网络视听大会",
    startDate: "2026-03-26",
    endDate: "2026-03-28",
    timeZone: "Asia/Shanghai",
    defaultLocale: "zh-CN",
  };

  it.each(["admin", "api", "signin", "verify-email"])("refuses the reserved word %s as its slug", (slug) => {
    expect(createConference({ db: t.db, viewer: t.ws.viewers.admin }, { ...valid, slug })).toMatchObject({
      ok: false,
      fields: { slug: { code: "reservedSlug" } },
    });
  });

  it("puts each field's error beside that field", () => {
    expect(
      createConference(
        { db: t.db, viewer: t.ws.viewers.admin },
        {
          slug: "",
          name: "",
          startDate: "26/03/2026",
          endDate: "2026-03-28",
          timeZone: "Beijing",
          defaultLocale: "",
        },
      ),
    ).toMatchObject({
      fields: {
        slug: { code: "required" },
        name: { code: "required" },
        startDate: { code: "invalidDate" },
        timeZone: { code: "invalidTimeZone" },
        defaultLocale: { code: "chooseOne" },
      },
    });
  });

  it("refuses a slug another conference has", () => {
    expect(createConference({ db: t.db, viewer: t.ws.viewers.admin }, { ...valid, slug: "other-conf" })).toMatchObject({
      fields: { slug: { code: "slugTaken", values: { kind: "conference" } } },
    });
  });

  it("creates a conference and its audit entry in one transaction: no entry, no conference", () => {
    expectAuditRefusal(t.db, () =>
      createConference({ db: t.db, viewer: t.ws.viewers.admin }, { ...valid, slug: "unaudited-conf" }),
    );
    expect(t.db.select().from(conferences).where(eq(conferences.slug, "unaudited-conf")).get()).toBeUndefined();
  });

  it("creates an unpublished conference, audits it and goes on to its settings, which say it was saved", async () => {
    state.viewer = t.ws.viewers.admin;
    expect(await runAction(createConferenceAction, valid)).toEqual({
      redirect: "/admin/china-netav-2026/settings?saved=conference",
    });
    const created = t.db.select().from(conferences).where(eq(conferences.slug, "china-netav-2026")).get()!;
    expect(created).toMatchObject({ name: "第十三届中国网络视听大会", published: false, timeZone: "Asia/Shanghai" });
    const entry = t.db.select().from(auditLog).where(eq(auditLog.action, "conference.create")).get()!;
    expect(entry).toMatchObject({ conferenceId: created.id, entityId: String(created.id) });
    expect(entry.details).toMatchObject({
      changes: { slug: { before: null, after: "china-netav-2026" }, published: { before: null, after: false } },
    });
  });

  it("keeps what was typed after an error", async () => {
    state.viewer = t.ws.viewers.admin;
    expect(await runAction(createConferenceAction, { ...valid, endDate: "2026-03-01" })).toMatchObject({
      state: {
        status: "error",
        fields: { endDate: { code: "endBeforeStart" } },
        values: { ...valid, endDate: "2026-03-01" },
      },
    });
  });
});
