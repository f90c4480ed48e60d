import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../connection";
import { auditLog, forums, invitations, sessionPeople, sessions, users } from "../schema";
import type { FieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";

export interface AuditRow {
  id: number;
  at: Date;
  by: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: FieldChanges;
  details: Record<string, unknown>;
}

/**
 * The conference's entries, and the entries that belong to no conference but
 * to one of its speakers: their own profile edits and their invitations
 * (a profile spans conferences, so each of their conferences' logs shows them).
 */
function conferenceEntries(db: Db, conferenceId: number): SQL {
  const speakersHere = db
    .selectDistinct({ id: sessionPeople.speakerId })
    .from(sessionPeople)
    .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .where(eq(forums.conferenceId, conferenceId));
  // entity_id is text: compare it as text with the integer ids.
  const speakerEntry = and(
    eq(auditLog.entityType, "speaker"),
    inArray(sql`cast(${auditLog.entityId} as integer)`, speakersHere),
  );
  const invitationEntry = and(
    eq(auditLog.entityType, "invitation"),
    inArray(
      sql`cast(${auditLog.entityId} as integer)`,
      db.select({ id: invitations.id }).from(invitations).where(inArray(invitations.speakerId, speakersHere)),
    ),
  );
  return or(
    eq(auditLog.conferenceId, conferenceId),
    and(isNull(auditLog.conferenceId), or(speakerEntry, invitationEntry)),
  )!;
}

/** What the log may be narrowed to: one person's entries, one session's, one kind of action. */
export interface AuditFilters {
  userId?: number;
  sessionId?: number;
  action?: string;
}

/** One page of a conference's audit log, newest first, narrowed by the filters. Organizers only. */
export function listAuditLog(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  page: number,
  pageSize = 50,
  filters: AuditFilters = {},
): { rows: AuditRow[]; total: number } {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const entries = and(
    conferenceEntries(db, conferenceId),
    filters.userId !== undefined ? eq(auditLog.userId, filters.userId) : undefined,
    filters.action !== undefined ? eq(auditLog.action, filters.action) : undefined,
    filters.sessionId !== undefined
      ? and(eq(auditLog.entityType, "session"), eq(auditLog.entityId, String(filters.sessionId)))
      : undefined,
  );
  const total = db.select({ n: count() }).from(auditLog).where(entries).get()?.n ?? 0;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      email: users.email,
      name: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(entries)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset(Math.max(0, page - 1) * pageSize)
    .all();
  return {
    total,
    rows: rows.map(({ email, name, details, ...r }) => {
      const { changes, ...rest } = details as { changes?: FieldChanges };
      return { ...r, by: name || email || null, changes: changes ?? {}, details: rest };
    }),
  };
}
