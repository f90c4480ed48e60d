import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";
import { locales, speakerLinkKinds } from "@/lib/domain/vocabulary";
import { conferenceSlugSchema, slugSchema } from "@/lib/slug";
import { isLocalDate, isTimeZone } from "@/lib/time/zoned";
import { conferences, forums, organizations, rooms, sessions, speakers, tracks } from "./schema";

// Insert schemas derived from the tables, with the rules the columns cannot say.
// Forms, actions, imports, the API and the seed all validate through these.

export const localDateSchema = z.string().refine(isLocalDate, "invalidDate");
export const timeZoneSchema = z.string().refine(isTimeZone, "invalidTimeZone");
export const translationsSchema = z.partialRecord(z.enum(locales), z.record(z.string(), z.string().max(50_000)));

export const organizationInsertSchema = createInsertSchema(organizations, {
  slug: slugSchema,
  name: (s) => s.trim().min(1).max(200),
  website: z.url().nullish(),
  translations: translationsSchema.optional(),
});

export const conferenceInsertSchema = createInsertSchema(conferences, {
  slug: conferenceSlugSchema,
  name: (s) => s.trim().min(1).max(200),
  timeZone: timeZoneSchema,
  startDate: localDateSchema,
  endDate: localDateSchema,
  website: z.url().nullish(),
  translations: translationsSchema.optional(),
}).refine((c) => c.endDate >= c.startDate, { path: ["endDate"], message: "endBeforeStart" });

export const forumInsertSchema = createInsertSchema(forums, {
  slug: slugSchema,
  name: (s) => s.trim().min(1).max(200),
  date: localDateSchema,
  translations: translationsSchema.optional(),
});

export const roomInsertSchema = createInsertSchema(rooms, {
  slug: slugSchema,
  name: (s) => s.trim().min(1, "Name is required").max(120),
  capacity: (s) => s.int().positive().nullish(),
  translations: translationsSchema.optional(),
});

export const trackInsertSchema = createInsertSchema(tracks, {
  slug: slugSchema,
  name: (s) => s.trim().min(1).max(120),
  color: (s) => s.regex(/^#[0-9a-f]{6}$/i, "invalidColor"),
  translations: translationsSchema.optional(),
});

export const speakerInsertSchema = createInsertSchema(speakers, {
  slug: slugSchema,
  name: (s) => s.trim().min(1, "Name is required").max(120),
  links: z
    .array(
      z.object({
        kind: z.enum(speakerLinkKinds),
        url: z.url({ protocol: /^https?$/ }),
        label: z.string().max(80).optional(),
      }),
    )
    .max(20)
    .optional(),
  translations: translationsSchema.optional(),
});

export const sessionInsertSchema = createInsertSchema(sessions, {
  title: (s) => s.trim().min(1, "Title is required").max(300),
  language: (s) => s.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "invalidLanguage"),
  translations: translationsSchema.optional(),
})
  .refine((s) => (s.startsAt == null) === (s.endsAt == null), { path: ["endsAt"], message: "startAndEndTogether" })
  .refine((s) => s.startsAt == null || s.endsAt == null || s.endsAt > s.startsAt, {
    path: ["endsAt"],
    message: "endBeforeStart",
  });
