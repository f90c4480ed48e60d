import { eq } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { listLineUp } from "@/db/queries/sessions";
import { conferences, forumOrganizations, forums, organizations, rooms, sessions, speakers, tracks } from "@/db/schema";
import { localDateTimeOf } from "@/lib/admin/form-input";
import { pairWithEnglish, type Translations } from "@/lib/domain/translations";

// Forms as the workspace posts them, read back from the row: every field a string,
// repeating sections as one JSON field. `changes` replace fields.
type Fields = Record<string, string>;
type Named = Fields & { name: string; slug: string };
const json = (v: unknown) => JSON.stringify(v);
/** A room's or a track's fields that every item of a conference's lists has. */
const listItemForm = (row: { name: string; slug: string; position: number; translations: Translations<"name"> }) => ({
  ...pairWithEnglish(row, ["name"]),
  slug: row.slug,
  position: String(row.position),
});
/** The words of a speaker's profile, each with its English: the workspace's form and /me edit the same. */
const profileWords = ["name", "position", "organization", "bio"] as const;

/** A forum's organizations and their roles in order, as its form lists them. */
export const organizationsOfForum = (db: Db, forumId: number) =>
  db
    .select({ organizationId: forumOrganizations.organizationId, role: forumOrganizations.role })
    .from(forumOrganizations)
    .where(eq(forumOrganizations.forumId, forumId))
    .orderBy(forumOrganizations.position)
    .all();

/** An organization as its page's form posts it. */
export function organizationForm(db: Db, organizationId: number, changes: Fields = {}): Named {
  const o = db.select().from(organizations).where(eq(organizations.id, organizationId)).get()!;
  return {
    ...pairWithEnglish(o, ["name"]),
    shortName: o.shortName ?? "",
    slug: o.slug,
    website: o.website ?? "",
    parentId: o.parentId === null ? "" : String(o.parentId),
    ...changes,
  };
}

export function forumForm(db: Db, forumId: number, changes: Fields = {}): Named {
  const f = db.select().from(forums).where(eq(forums.id, forumId)).get()!;
  return {
    ...pairWithEnglish(f, ["name", "theme", "description"]),
    slug: f.slug,
    kind: f.kind,
    date: f.date,
    position: String(f.position),
    organizations: json(organizationsOfForum(db, forumId)),
    ...changes,
  };
}

export function roomForm(db: Db, roomId: number, changes: Fields = {}): Named {
  const r = db.select().from(rooms).where(eq(rooms.id, roomId)).get()!;
  return { ...listItemForm(r), capacity: r.capacity === null ? "" : String(r.capacity), ...changes };
}

export function trackForm(db: Db, trackId: number, changes: Fields = {}): Named {
  const t = db.select().from(tracks).where(eq(tracks.id, trackId)).get()!;
  return { ...listItemForm(t), color: t.color, ...changes };
}

/** A session's form and the target its editor would post ($session, $version). */
export function sessionForm(
  db: Db,
  sessionId: number,
  changes: Fields = {},
): { fields: Fields; target: { sessionId: number; version: number } } {
  const s = db.select().from(sessions).where(eq(sessions.id, sessionId)).get()!;
  const { timeZone } = db
    .select({ timeZone: conferences.timeZone })
    .from(forums)
    .innerJoin(conferences, eq(conferences.id, forums.conferenceId))
    .where(eq(forums.id, s.forumId))
    .get()!;
  const people = listLineUp(db, sessionId);
  const local = (d: Date | null) => (d ? localDateTimeOf(d, timeZone) : "");
  const id = (v: number | null) => (v === null ? "" : String(v));
  return {
    fields: {
      ...pairWithEnglish(s, ["title", "abstract"]),
      forumId: String(s.forumId),
      kind: s.kind,
      status: s.status,
      language: s.language,
      trackId: id(s.trackId),
      roomId: id(s.roomId),
      startsAt: local(s.startsAt),
      endsAt: local(s.endsAt),
      people: json(people),
      ...changes,
    },
    target: { sessionId, version: s.version },
  };
}

/** A new draft session in a forum, with the people given as [speakerId, role]. */
export const newSessionForm = (
  forumId: number,
  title: string,
  people: Array<[number, string]> = [],
  changes: Fields = {},
): Fields => ({
  forumId: String(forumId),
  kind: "talk",
  status: "draft",
  title,
  people: json(people.map(([speakerId, role]) => ({ speakerId, role }))),
  ...changes,
});

export function speakerForm(db: Db, speakerId: number, changes: Fields = {}): Named {
  const s = db.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
  return {
    ...pairWithEnglish(s, profileWords),
    slug: s.slug,
    organizationId: s.organizationId ? String(s.organizationId) : "",
    photo: s.photo ?? "",
    links: json(s.links),
    unavailability: "[]",
    ...changes,
  };
}

/** The /me form: the words and links of a profile. */
export function ownProfileForm(
  db: Db,
  speakerId: number,
  changes: Fields = {},
): Fields & { name: string; links: string } {
  const s = db.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
  return {
    ...pairWithEnglish(s, profileWords),
    links: json(s.links),
    ...changes,
  };
}

export function settingsForm(db: Db, conferenceId: number, changes: Fields = {}): Fields {
  const c = db.select().from(conferences).where(eq(conferences.id, conferenceId)).get()!;
  return {
    ...pairWithEnglish(c, ["name", "theme", "city", "venue"]),
    slug: c.slug,
    startDate: c.startDate,
    endDate: c.endDate,
    timeZone: c.timeZone,
    defaultLocale: c.defaultLocale,
    website: c.website ?? "",
    ...(c.published ? { published: "on" } : {}),
    ...changes,
  };
}
