import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import { conferences, type Conference } from "../schema";
import { conferenceInsertSchema } from "../validation";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan } from "@/lib/auth/permissions";
import { locales } from "@/lib/domain/vocabulary";
import { optionalText, webAddressSchema, withTranslation } from "./form-fields";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

// The column rules come from the insert schema (reserved slugs, IANA zones, real dates).
const rules = conferenceInsertSchema.shape;
const endsAfterStart = [
  (c: { startDate: string; endDate: string }) => c.endDate >= c.startDate,
  { path: ["endDate"], message: "endBeforeStart" },
] satisfies [unknown, { path: string[]; message: string }];

const identity = {
  slug: rules.slug,
  name: rules.name,
  startDate: rules.startDate,
  endDate: rules.endDate,
  timeZone: rules.timeZone,
  defaultLocale: z.enum(locales),
};

export const newConferenceSchema = z.object(identity).refine(...endsAfterStart);

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

const slugTaken = (tx: Conn, slug: string, exceptId: number | null) =>
  tx
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(eq(conferences.slug, slug), exceptId ? ne(conferences.id, exceptId) : undefined))
    .get() !== undefined;

/** Creates an unpublished conference. Platform admins only. */
export function createConference(ctx: WriteContext, input: unknown): Result<Conference> {
  return write(ctx, {
    authorize: ({ viewer }) => {
      assertCan(viewer, { action: "conference.create" });
      return {};
    },
    schema: newConferenceSchema,
    input,
    run: (tx, fields) => {
      if (slugTaken(tx, fields.slug, null)) return refuse.field("slug", "slugTaken", { kind: "conference" });
      const conference = tx
        .insert(conferences)
        .values({ ...fields, published: false })
        .returning()
        .get();
      return {
        value: conference,
        audit: {
          conferenceId: conference.id,
          action: "conference.create",
          entityType: "conference",
          entityId: conference.id,
          changes: fieldChanges({} as Conference, conference, editable),
          details: { title: conference.name },
        },
      };
    },
  });
}

/**
 * Saves a conference's settings, the `published` flag among them (it makes the latest
 * release public, or hides the conference). Organizers only. The public sees the change
 * through the conference's revision, which the row's new values move.
 */
export function saveConferenceSettings(ctx: WriteContext, conferenceId: number, input: unknown): Result<Conference> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return db.select().from(conferences).where(eq(conferences.id, conferenceId)).get() ?? null;
    },
    schema: conferenceSettingsSchema,
    input,
    run: (tx, { nameEn, themeEn, cityEn, venueEn, ...fields }, before) => {
      if (slugTaken(tx, fields.slug, conferenceId)) return refuse.field("slug", "slugTaken", { kind: "conference" });
      let translations = before.translations;
      for (const [field, value] of [
        ["name", nameEn],
        ["theme", themeEn],
        ["city", cityEn],
        ["venue", venueEn],
      ] as const)
        translations = withTranslation(translations, "en", field, value);
      const conference = tx
        .update(conferences)
        .set({ ...fields, translations })
        .where(eq(conferences.id, conferenceId))
        .returning()
        .get();
      return {
        value: conference,
        audit: {
          conferenceId,
          action: "conference.update",
          entityType: "conference",
          entityId: conferenceId,
          changes: fieldChanges(before, conference, editable),
          details: { title: conference.name },
        },
      };
    },
  });
}
