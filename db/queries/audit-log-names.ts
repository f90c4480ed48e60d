import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { auditLog, forums, organizations, rooms, sessions, speakers, tracks, users } from "../schema";
import type { AuditNames } from "@/lib/audit/describe-entry";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { translate } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";

const byId = <T extends { id: number }>(rows: T[], name: (row: T) => string | null) =>
  new Map(rows.map((r) => [r.id, name(r) ?? `#${r.id}`]));

type NamedInConference = typeof forums | typeof rooms | typeof tracks | typeof speakers;

/** The names of a conference's forums, rooms, tracks or speakers by id, in the locale. */
const namesIn = (db: Db, table: NamedInConference, conferenceId: number, locale: Locale) =>
  byId(
    db
      .select({ id: table.id, name: table.name, translations: table.translations })
      .from(table)
      .where(eq(table.conferenceId, conferenceId))
      .all(),
    (r) => translate(r, "name", locale),
  );

/** The conference's sessions (its forums'), by title: the log names them and filters by them. */
const sessionsOf = (db: Db, conferenceId: number) =>
  db
    .select({ id: sessions.id, title: sessions.title, translations: sessions.translations })
    .from(sessions)
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .where(eq(forums.conferenceId, conferenceId))
    .orderBy(asc(sessions.title))
    .all();

/**
 * The names the conference's audit log points at by id (forums, rooms, tracks, speakers,
 * organizations), in the viewer's language. Organizers only, like the log itself.
 */
export function loadAuditNames(db: Db, viewer: Viewer | null, conferenceId: number, locale: Locale): AuditNames {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return {
    forum: namesIn(db, forums, conferenceId, locale),
    room: namesIn(db, rooms, conferenceId, locale),
    track: namesIn(db, tracks, conferenceId, locale),
    speaker: namesIn(db, speakers, conferenceId, locale),
    session: byId(sessionsOf(db, conferenceId), (r) => translate(r, "title", locale)),
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
  const sessionRows = sessionsOf(db, conferenceId).map((s) => ({
    id: s.id,
    title: translate(s, "title", locale) ?? s.title,
  }));
  return { people, sessions: sessionRows };
}
