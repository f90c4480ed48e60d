import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { auditLog, forums, organizations, rooms, sessions, speakers, tracks, users } from "../schema";
import type { AuditNames } from "@/lib/audit/describe-entry";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { translate } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";

const byId = <T extends { id: number }>(rows: T[], name: (row: T) => string | null) =>
  new Map(rows.map((r) => [r.id, name(r) ?? `#${r.id}`]));

/**
 * The names the conference's audit log points at by id (forums, rooms, tracks, speakers,
 * organizations), in the viewer's language. Organizers only, like the log itself.
 */
export function loadAuditNames(db: Db, viewer: Viewer | null, conferenceId: number, locale: Locale): AuditNames {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const cols = { id: forums.id, name: forums.name, translations: forums.translations };
  return {
    forum: byId(db.select(cols).from(forums).where(eq(forums.conferenceId, conferenceId)).all(), (r) =>
      translate(r, "name", locale),
    ),
    room: byId(
      db
        .select({ id: rooms.id, name: rooms.name, translations: rooms.translations })
        .from(rooms)
        .where(eq(rooms.conferenceId, conferenceId))
        .all(),
      (r) => translate(r, "name", locale),
    ),
    track: byId(
      db
        .select({ id: tracks.id, name: tracks.name, translations: tracks.translations })
        .from(tracks)
        .where(eq(tracks.conferenceId, conferenceId))
        .all(),
      (r) => translate(r, "name", locale),
    ),
    speaker: byId(
      db
        .select({ id: speakers.id, name: speakers.name, translations: speakers.translations })
        .from(speakers)
        .where(eq(speakers.conferenceId, conferenceId))
        .all(),
      (r) => translate(r, "name", locale),
    ),
    session: byId(
      db
        .select({ id: sessions.id, title: sessions.title, translations: sessions.translations })
        .from(sessions)
        .innerJoin(forums, eq(forums.id, sessions.forumId))
        .where(eq(forums.conferenceId, conferenceId))
        .all(),
      (r) => translate(r, "title", locale),
    ),
    // Organizations are shared by every conference: the directory is small.
    organization: byId(
      db
        .select({ id: organizations.id, name: organizations.name, translations: organizations.translations })
        .from(organizations)
        .all(),
      (r) => translate(r, "name", locale),
    ),
  };
}

export interface AuditFilterOptions {
  people: Array<{ id: number; name: string }>;
  sessions: Array<{ id: number; title: string }>;
}

/** Who wrote to the conference's log and its sessions, for the log's filters. Organizers only. */
export function loadAuditFilterOptions(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  locale: Locale,
): AuditFilterOptions {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const authors = db
    .selectDistinct({ id: auditLog.userId })
    .from(auditLog)
    .where(eq(auditLog.conferenceId, conferenceId));
  const people = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, authors))
    .all()
    .map((u) => ({ id: u.id, name: u.name || u.email }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const sessionRows = db
    .select({ id: sessions.id, title: sessions.title, translations: sessions.translations })
    .from(sessions)
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .where(eq(forums.conferenceId, conferenceId))
    .orderBy(asc(sessions.title))
    .all()
    .map((s) => ({ id: s.id, title: translate(s, "title", locale) ?? s.title }));
  return { people, sessions: sessionRows };
}
