import { and, count, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { conferences, releases, type Conference } from "../schema";
import { conferenceInsertSchema } from "../validation";
import { fieldChanges, type FieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { locales } from "@/lib/domain/vocabulary";
import {
  invalidField,
  invalidForm,
  optionalText,
  webAddressSchema,
  withTranslation,
  type FormText,
  type Invalid,
} from "./form-fields";
import type { WriteResult } from "./write-result";

// The column rules come from the insert schema (reserved slugs, IANA zones, real dates).
const rules = conferenceInsertSchema.shape;
const endsAfterStart = [
  (c: { startDate: string; endDate: string }) => c.endDate >= c.startDate,
  { path: ["endDate"], message: "The conference cannot end before it starts" },
] satisfies [unknown, { path: string[]; message: string }];

const identity = {
  slug: rules.slug,
  name: rules.name,
  startDate: rules.startDate,
  endDate: rules.endDate,
  timeZone: rules.timeZone,
  defaultLocale: z.enum(locales, { error: "Choose 中文 or English" }),
};

export const newConferenceSchema = z.object(identity).refine(...endsAfterStart);
export type NewConferenceForm = FormText<typeof newConferenceSchema>;

export const conferenceSettingsSchema = z
  .object({
    ...identity,
    nameEn: optionalText(200),
    theme: optionalText(300),
    themeEn: optionalText(300),
    city: optionalText(100),
    cityEn: optionalText(100),
    venue: optionalText(200),
    venueEn: optionalText(200),
    website: webAddressSchema,
    // A checkbox: present ("on") when ticked, absent otherwise.
    published: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true"),
  })
  .refine(...endsAfterStart);
export type ConferenceSettingsForm = FormText<typeof conferenceSettingsSchema>;

const editable = [
  "slug",
  "name",
  "theme",
  "city",
  "venue",
  "startDate",
  "endDate",
  "timeZone",
  "defaultLocale",
  "website",
  "published",
  "translations",
] as const;

/** Fields the public pages read from the conference row itself (not from a release): changing one must refresh their cache. */
export const publicConferenceFields: readonly string[] = [
  "published",
  "slug",
  "name",
  "theme",
  "city",
  "venue",
  "startDate",
  "endDate",
  "timeZone",
  "translations",
];

const slugTaken = (t: Db, slug: string, exceptId: number | null) =>
  t
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(eq(conferences.slug, slug), exceptId ? ne(conferences.id, exceptId) : undefined))
    .get();

/** Creates an unpublished conference. Platform admins only. */
export function createConference(
  db: Db,
  viewer: Viewer | null,
  input: NewConferenceForm,
): WriteResult<Conference> | Invalid {
  assertCan(viewer, { action: "conference.create" });
  const parsed = newConferenceSchema.safeParse(input);
  if (!parsed.success) return invalidForm(parsed.error);
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    if (slugTaken(t, parsed.data.slug, null)) return invalidField("slug", "Another conference has that slug.");
    const conference = t
      .insert(conferences)
      .values({ ...parsed.data, published: false })
      .returning()
      .get();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId: conference.id,
      action: "conference.create",
      entityType: "conference",
      entityId: conference.id,
      changes: fieldChanges({} as Conference, conference, editable),
      details: { title: conference.name },
    });
    return { ok: true, value: conference } as const;
  });
}

export interface SavedSettings {
  conference: Conference;
  changes: FieldChanges;
  previousSlug: string;
}

/**
 * Saves a conference's settings, the `published` flag among them (it makes
 * the latest release public, or hides the conference). Organizers only.
 * The caller refreshes the public cache when a public field changed.
 */
export function saveConferenceSettings(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  input: ConferenceSettingsForm,
): WriteResult<SavedSettings> | Invalid {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const parsed = conferenceSettingsSchema.safeParse(input);
  if (!parsed.success) return invalidForm(parsed.error);
  const { nameEn, themeEn, cityEn, venueEn, ...fields } = parsed.data;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = t.select().from(conferences).where(eq(conferences.id, conferenceId)).get();
    if (!before) return { ok: false, reason: "not-found" } as const;
    if (slugTaken(t, fields.slug, conferenceId)) return invalidField("slug", "Another conference has that slug.");
    let translations = before.translations;
    for (const [field, value] of [
      ["name", nameEn],
      ["theme", themeEn],
      ["city", cityEn],
      ["venue", venueEn],
    ] as const)
      translations = withTranslation(translations, "en", field, value);
    const conference = t
      .update(conferences)
      .set({ ...fields, translations })
      .where(eq(conferences.id, conferenceId))
      .returning()
      .get();
    const changes = fieldChanges(before, conference, editable);
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "conference.update",
      entityType: "conference",
      entityId: conferenceId,
      changes,
      details: { title: conference.name },
    });
    return { ok: true, value: { conference, changes, previousSlug: before.slug } } as const;
  });
}

/** A conference's settings and how many releases it has (publishing shows nothing without one). Organizers only. */
export function getConferenceSettings(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
): (Conference & { releaseCount: number }) | null {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const conference = db.select().from(conferences).where(eq(conferences.id, conferenceId)).get();
  if (!conference) return null;
  const releaseCount =
    db.select({ n: count() }).from(releases).where(eq(releases.conferenceId, conferenceId)).get()?.n ?? 0;
  return { ...conference, releaseCount };
}
