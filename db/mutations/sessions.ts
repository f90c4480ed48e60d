import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { loadConferenceForumScopes } from "../auth/viewer";
import { conferences, rooms, sessionPeople, sessions, speakers, tracks, type Session } from "../schema";
import { sessionInsertSchema } from "../validation";
import {
  invalidOf,
  jsonRows,
  localDateTimeSchema,
  optionalId,
  withEnglish,
  type FormInput,
} from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { sessionKinds, sessionRoles, sessionStatuses, type SessionRole } from "@/lib/domain/vocabulary";
import { zonedToInstant } from "@/lib/time/zoned";
import { changesSince } from "./changes-since";
import { deletedChanges, invalidField, optionalText, type Invalid } from "./form-fields";
import type { WriteResult } from "./write-result";

const personRow = z.object({
  speakerId: z.coerce.number("Choose a speaker").int().positive("Choose a speaker"),
  role: z.enum(sessionRoles, "Choose a role"),
});
const optionalLocalDateTime = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || localDateTimeSchema.safeParse(v).success, "Enter a date and time, YYYY-MM-DD HH:MM");

export const sessionFormSchema = z
  .object({
    forumId: z.coerce.number("Choose a forum").int().positive("Choose a forum"),
    kind: z.enum(sessionKinds, "Choose a kind"),
    status: z.enum(sessionStatuses, "Choose a status"),
    title: sessionInsertSchema.shape.title,
    titleEn: optionalText(300),
    abstract: optionalText(20_000),
    abstractEn: optionalText(20_000),
    language: z.string().trim().default("zh").pipe(sessionInsertSchema.shape.language),
    trackId: optionalId,
    roomId: optionalId,
    startsAt: optionalLocalDateTime,
    endsAt: optionalLocalDateTime,
    people: jsonRows(personRow, 100).superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        const key = `${row.speakerId}:${row.role}`;
        if (seen.has(key))
          ctx.addIssue({
            code: "custom",
            path: [i, "speakerId"],
            message: "This person already has this role in the session",
          });
        seen.add(key);
      });
    }),
  })
  .refine((s) => (s.startsAt === "") === (s.endsAt === ""), {
    path: ["endsAt"],
    message: "Give both a start and an end, or neither",
  });
export type SessionForm = FormInput<typeof sessionFormSchema>;

/** The session being edited and the version the editor read; null to create one. */
export interface SessionTarget {
  sessionId: number;
  version: number;
}

type Person = { speakerId: number; role: SessionRole; name: string };

function peopleOf(db: Db, sessionId: number): Person[] {
  return db
    .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role, name: speakers.name })
    .from(sessionPeople)
    .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
    .where(eq(sessionPeople.sessionId, sessionId))
    .orderBy(asc(sessionPeople.position))
    .all();
}

/** A session as its form shows it; the audit log keeps these fields (the schedule editor's too), people as readable lines. */
function sessionView(s: Session, people: Person[]) {
  const en = s.translations.en ?? {};
  return {
    forumId: s.forumId,
    kind: s.kind,
    status: s.status,
    title: s.title,
    titleEn: en.title ?? "",
    abstract: s.abstract,
    abstractEn: en.abstract ?? "",
    language: s.language,
    trackId: s.trackId,
    roomId: s.roomId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    people: people.map((p) => `${p.name} (${p.role})`),
  };
}
type SessionView = ReturnType<typeof sessionView>;
const viewFields = Object.keys(sessionView({ translations: {} } as Session, [])) as Array<keyof SessionView>;

/** The refusal of a write based on `read`, with every audited change since. */
const stale = (db: Db, session: Session, read: number) =>
  ({
    ok: false,
    reason: "stale",
    currentVersion: session.version,
    changesSince: changesSince(db, "session", session.id, read),
  }) as const;

/**
 * Creates or updates a session with its people (role and order) and optional place
 * and time (local date-times of the conference's zone). Organizers anywhere in their
 * conference, forum editors in the forums they edit. An update must name the version it was
 * based on; if someone saved meanwhile it is refused with what they changed.
 */
export function saveSession(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  target: SessionTarget | null,
  input: SessionForm,
): WriteResult<Session> | Invalid {
  const scopes = loadConferenceForumScopes(db, conferenceId);
  assertCan(viewer, { action: "conference.enter", conferenceId, forums: [...scopes.values()] });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = target ? t.select().from(sessions).where(eq(sessions.id, target.sessionId)).get() : null;
    if (target && (!before || !scopes.has(before.forumId))) return { ok: false, reason: "not-found" } as const;
    if (before) assertCan(viewer, { action: "forum.edit", forum: scopes.get(before.forumId)! });
    const parsed = sessionFormSchema.safeParse(input);
    if (!parsed.success) return invalidOf(parsed.error);
    const { titleEn, abstractEn, people, startsAt: localStart, endsAt: localEnd, ...fields } = parsed.data;
    const forum = scopes.get(fields.forumId);
    if (!forum) return invalidField("forumId", "Choose a forum of this conference.");
    assertCan(viewer, { action: "forum.edit", forum });

    const { timeZone } = t
      .select({ timeZone: conferences.timeZone })
      .from(conferences)
      .where(eq(conferences.id, conferenceId))
      .get()!;
    if (
      fields.roomId !== null &&
      t.select({ c: rooms.conferenceId }).from(rooms).where(eq(rooms.id, fields.roomId)).get()?.c !== conferenceId
    )
      return invalidField("roomId", "Choose a room of this conference.");
    if (
      fields.trackId !== null &&
      t.select({ c: tracks.conferenceId }).from(tracks).where(eq(tracks.id, fields.trackId)).get()?.c !== conferenceId
    )
      return invalidField("trackId", "Choose a track of this conference.");
    const startsAt = localStart ? zonedToInstant(localStart, timeZone) : null;
    const endsAt = localEnd ? zonedToInstant(localEnd, timeZone) : null;
    // Equal start and end is an instant (an opening bell, a deadline); only an end before the start is wrong.
    if (startsAt && endsAt && endsAt.getTime() < startsAt.getTime())
      return invalidField("endsAt", "The session cannot end before it starts.");
    const ids = [...new Set(people.map((p) => p.speakerId))];
    // Only this conference's speakers: a session is never a way to reach another tenant's profile.
    const names = new Map(
      ids.length
        ? t
            .select({ id: speakers.id, name: speakers.name })
            .from(speakers)
            .where(and(eq(speakers.conferenceId, conferenceId), inArray(speakers.id, ids)))
            .all()
            .map((s) => [s.id, s.name])
        : [],
    );
    const missing = people.findIndex((p) => !names.has(p.speakerId));
    if (missing >= 0)
      return invalidField(`people.${missing}.speakerId`, "That speaker is not a speaker of this conference.");
    if (before && target && before.version !== target.version) return stale(t, before, target.version);

    const values = {
      ...fields,
      startsAt,
      endsAt,
      translations: withEnglish(before?.translations ?? {}, { title: titleEn, abstract: abstractEn }),
    };
    const session = before
      ? t
          .update(sessions)
          .set({ ...values, version: before.version + 1 })
          .where(and(eq(sessions.id, before.id), eq(sessions.version, target!.version)))
          .returning()
          .get()
      : t.insert(sessions).values(values).returning().get();
    if (!session) return stale(t, before!, target!.version);
    const peopleBefore = before ? peopleOf(t, before.id) : [];
    t.delete(sessionPeople).where(eq(sessionPeople.sessionId, session.id)).run();
    if (people.length)
      t.insert(sessionPeople)
        .values(
          people.map((p, position) => ({ sessionId: session.id, speakerId: p.speakerId, role: p.role, position })),
        )
        .run();
    recordAudit(t, {
      userId: viewer!.userId,
      conferenceId,
      action: before ? "session.update" : "session.create",
      entityType: "session",
      entityId: session.id,
      changes: fieldChanges(
        before ? sessionView(before, peopleBefore) : ({} as SessionView),
        sessionView(
          session,
          people.map((p) => ({ ...p, name: names.get(p.speakerId)! })),
        ),
        viewFields,
      ),
      version: session.version,
      details: { title: session.title },
    });
    return { ok: true, value: session } as const;
  });
}

/** Deletes a session and its people, if nobody changed it since `version` was read. Organizers, and forum editors of its forum. */
export function deleteSession(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  target: SessionTarget,
): WriteResult<null> {
  const scopes = loadConferenceForumScopes(db, conferenceId);
  assertCan(viewer, { action: "conference.enter", conferenceId, forums: [...scopes.values()] });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const session = t.select().from(sessions).where(eq(sessions.id, target.sessionId)).get();
    if (!session || !scopes.has(session.forumId)) return { ok: false, reason: "not-found" } as const;
    assertCan(viewer, { action: "forum.edit", forum: scopes.get(session.forumId)! });
    if (session.version !== target.version) return stale(t, session, target.version);
    const before = sessionView(session, peopleOf(t, session.id));
    t.delete(sessions).where(eq(sessions.id, session.id)).run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "session.delete",
      entityType: "session",
      entityId: session.id,
      changes: deletedChanges(before, viewFields),
      version: session.version + 1,
      details: { title: session.title },
    });
    return { ok: true, value: null } as const;
  });
}
