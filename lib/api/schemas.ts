import { z } from "zod";
import {
  forumKinds,
  forumOrganizationRoles,
  locales,
  sessionKinds,
  sessionRoles,
  speakerLinkKinds,
} from "@/lib/domain/vocabulary";
import { slugSchema } from "@/lib/slug";

// The shapes of every response of the public API. The routes validate what they
// send against these, and lib/api/openapi.ts turns the same schemas into the
// OpenAPI document. Stable ids only: a session's guid, everyone else's slug.

/** The schemas that become components/schemas in the OpenAPI document, by id. */
export const apiRegistry = z.registry<{ id: string; description: string }>();

const slug = slugSchema.describe("A stable, URL-safe identifier");
const instant = z.iso.datetime().describe("An instant in UTC, ISO 8601");
const localDate = z.iso.date().describe("A calendar date in the conference's time zone");
const localDateTime = z.iso
  .datetime({ offset: true })
  .describe("The same instant as the conference's wall clock shows it, with its UTC offset");
const absoluteUrl = z.url();

/** A schema that becomes components/schemas/{id}, described there and wherever it is used. */
function component<T extends z.ZodType>(schema: T, id: string, description: string): T {
  const described = schema.describe(description) as T;
  apiRegistry.add(described as z.ZodType, { id, description });
  return described;
}

/** Text in the other languages, keyed by locale then field; the entity's own fields hold the original. */
function translations<const F extends string>(fields: readonly F[]) {
  const shape = Object.fromEntries(fields.map((f) => [f, z.string().optional()])) as Record<
    F,
    z.ZodOptional<z.ZodString>
  >;
  return z
    .partialRecord(z.enum(locales), z.object(shape))
    .describe("Translations, keyed by locale then field; a missing field falls back to the original");
}

export const conferenceSchema = component(
  z.object({
    slug,
    name: z.string(),
    shortName: z.string().nullable(),
    theme: z.string(),
    description: z.string(),
    city: z.string(),
    venue: z.string(),
    startDate: localDate,
    endDate: localDate,
    timeZone: z.string().describe("IANA time zone of the conference, e.g. Asia/Shanghai"),
    defaultLocale: z.enum(locales).describe("The language of the original texts"),
    website: absoluteUrl.nullable(),
    translations: translations(["name", "shortName", "theme", "description", "city", "venue"]),
    latestRelease: z.object({ version: z.string(), publishedAt: instant }),
    links: z.object({
      self: absoluteUrl,
      forums: absoluteUrl,
      sessions: absoluteUrl,
      speakers: absoluteUrl,
      releases: absoluteUrl,
    }),
  }),
  "Conference",
  "A published conference, as its latest release shows it.",
);

const organizationRefSchema = component(
  z.object({
    slug,
    name: z.string(),
    shortName: z.string().nullable(),
    translations: translations(["name", "shortName"]),
  }),
  "OrganizationRef",
  "An organization, named by its slug.",
);

export const forumSchema = component(
  z.object({
    slug,
    name: z.string(),
    kind: z.enum(forumKinds),
    date: localDate,
    theme: z.string(),
    description: z.string(),
    translations: translations(["name", "theme", "description"]),
    organizations: z.array(
      component(
        z.object({ organization: organizationRefSchema, role: z.enum(forumOrganizationRoles) }),
        "ForumOrganization",
        "An organization behind a forum, and in what role: convener (主办), organizer (承办), co-organizer (协办) or sponsor.",
      ),
    ),
    sessionCount: z.int().min(0),
    links: z.object({ sessions: absoluteUrl }),
  }),
  "Forum",
  "A forum, summit or other activity of the conference: a group of sessions on one day.",
);

const roomRefSchema = component(
  z.object({ slug, name: z.string(), translations: translations(["name"]) }),
  "RoomRef",
  "A room, named by its slug.",
);
const trackRefSchema = component(
  z.object({
    slug,
    name: z.string(),
    translations: translations(["name"]),
    color: z.string().describe("CSS colour, #rrggbb"),
  }),
  "TrackRef",
  "A track, named by its slug.",
);
const sessionPersonSchema = component(
  z.object({
    speaker: slug.describe("The speaker's slug"),
    name: z.string(),
    role: z.enum(sessionRoles),
    order: z.int().min(0).describe("Position in the line-up as the programme shows it, from 0"),
  }),
  "SessionPerson",
  "Someone on a session's line-up.",
);

export const sessionSchema = component(
  z.object({
    guid: z.guid().describe("The session's stable id"),
    title: z.string(),
    titleEn: z
      .string()
      .nullable()
      .describe(
        "The English title: the original when the conference's language is English, else the translation, else null",
      ),
    abstract: z.string(),
    kind: z.enum(sessionKinds),
    status: z.enum(["confirmed", "cancelled"]),
    startsAt: instant,
    endsAt: instant,
    localStartsAt: localDateTime,
    localEndsAt: localDateTime,
    timeZone: z.string(),
    room: roomRefSchema.nullable(),
    track: trackRefSchema.nullable(),
    forum: slug.describe("The slug of the session's forum"),
    language: z.string().describe("Language tag of the session, e.g. zh or en"),
    translations: translations(["title", "abstract"]),
    people: z.array(sessionPersonSchema),
    version: z.int().min(1).describe("Goes up with every edit the organizers make"),
    changedAt: instant.describe("When a release first published the session as it is now"),
  }),
  "Session",
  "A programme item. `changedAt` is the `publishedAt` of the earliest release, in the unbroken run of latest releases, that showed the session as it is now: its version and every field but its people's names, which speakers edit themselves.",
);

export const speakerSchema = component(
  z.object({
    slug,
    name: z.string(),
    position: z.string(),
    organization: z.string(),
    bio: z.string(),
    photo: absoluteUrl.nullable(),
    links: z.array(z.object({ kind: z.enum(speakerLinkKinds), url: absoluteUrl, label: z.string().optional() })),
    translations: translations(["name", "position", "organization", "bio"]),
    sessions: z.array(z.guid()).describe("Guids of the speaker's sessions, in time order"),
  }),
  "Speaker",
  "A person on the programme, as the latest release shows them, with their own later edits.",
);

export const releaseSchema = component(
  z.object({
    version: z.string(),
    publishedAt: instant,
    sessionCount: z.int().min(0),
    changes: z
      .object({ added: z.int().min(0), changed: z.int().min(0), removed: z.int().min(0) })
      .describe("Sessions added, changed and removed since the release before"),
  }),
  "Release",
  "A published version of the programme.",
);

export const pageInfoSchema = component(
  z.object({
    limit: z.int().min(1).max(200),
    offset: z.int().min(0),
    total: z.int().min(0).describe("Items matching the request, over all pages"),
    next: absoluteUrl.nullable().describe("The next page, or null on the last"),
  }),
  "PageInfo",
  "Where a page stands in the whole list.",
);

function pageOf<T extends z.ZodType>(item: T, id: string, what: string) {
  return component(z.object({ data: z.array(item), page: pageInfoSchema }), id, `One page of ${what}.`);
}

function itemOf<T extends z.ZodType>(item: T, id: string, what: string) {
  return component(z.object({ data: item }), id, `One ${what}.`);
}

export const conferencePageSchema = pageOf(conferenceSchema, "ConferencePage", "published conferences");
export const forumPageSchema = pageOf(forumSchema, "ForumPage", "forums");
export const sessionPageSchema = pageOf(sessionSchema, "SessionPage", "sessions");
export const speakerPageSchema = pageOf(speakerSchema, "SpeakerPage", "speakers");
export const releasePageSchema = pageOf(releaseSchema, "ReleasePage", "releases, newest first");
export const conferenceItemSchema = itemOf(conferenceSchema, "ConferenceItem", "conference");
export const forumItemSchema = itemOf(forumSchema, "ForumItem", "forum");
export const sessionItemSchema = itemOf(sessionSchema, "SessionItem", "session");
export const speakerItemSchema = itemOf(speakerSchema, "SpeakerItem", "speaker");

export const errorSchema = component(
  z.object({
    error: z.object({
      code: z.enum(["invalid_parameter", "not_found", "internal_error"]),
      message: z.string(),
      parameter: z.string().optional().describe("The query parameter that was refused"),
    }),
  }),
  "Error",
  "What went wrong.",
);

export type ApiConference = z.infer<typeof conferenceSchema>;
export type ApiForum = z.infer<typeof forumSchema>;
export type ApiSession = z.infer<typeof sessionSchema>;
export type ApiSpeaker = z.infer<typeof speakerSchema>;
export type ApiRelease = z.infer<typeof releaseSchema>;
export type ApiPageInfo = z.infer<typeof pageInfoSchema>;
export type ApiError = z.infer<typeof errorSchema>;
