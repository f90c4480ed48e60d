import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../connection";
import { conferences, rooms, sessionPeople, sessions, speakers, tracks, type Session } from "../../schema";
import { withEnglish } from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan } from "@/lib/auth/permissions";
import { zonedToInstant } from "@/lib/time/zoned";
import { refuse, write, type Result, type WriteContext } from "../pipeline";
import { sessionFormSchema } from "./session-form";
import { peopleOf } from "../../queries/sessions";
import {
  authorizeSession,
  sessionView,
  staleEdit,
  viewFields,
  type SessionTarget,
  type SessionView,
} from "./session-record";

const inConference = (tx: Tx, table: typeof rooms | typeof tracks, id: number | null, conferenceId: number) =>
  id === null || tx.select({ c: table.conferenceId }).from(table).where(eq(table.id, id)).get()?.c === conferenceId;

/**
 * Creates or updates a session with its people (role and order) and optional place
 * and time (local date-times of the conference's zone). Organizers anywhere in their
 * conference, forum editors in the forums they edit. An update names the version it was
 * based on; if someone saved meanwhile it is refused with what they changed.
 */
export function saveSession(
  ctx: WriteContext,
  conferenceId: number,
  target: SessionTarget | null,
  input: unknown,
): Result<Session> {
  return write(ctx, {
    authorize: ({ db, viewer }) => authorizeSession(db, viewer, conferenceId, target?.sessionId ?? null),
    schema: sessionFormSchema,
    input,
    run: (tx, { titleEn, abstractEn, people, startsAt: localStart, endsAt: localEnd, ...fields }, { scopes }) => {
      const forum = scopes.get(fields.forumId);
      if (!forum) return refuse.field("forumId", "notInConference", { kind: "forum" });
      // Moving a session, or making one, in a forum the viewer does not edit is no refusal to correct: it is forbidden.
      assertCan(ctx.viewer, { action: "forum.edit", forum });
      if (!inConference(tx, rooms, fields.roomId, conferenceId))
        return refuse.field("roomId", "notInConference", { kind: "room" });
      if (!inConference(tx, tracks, fields.trackId, conferenceId))
        return refuse.field("trackId", "notInConference", { kind: "track" });
      const conference = tx
        .select({ timeZone: conferences.timeZone, start: conferences.startDate, end: conferences.endDate })
        .from(conferences)
        .where(eq(conferences.id, conferenceId))
        .get()!;
      const { timeZone } = conference;
      // A mistyped year put a 2019 session into a 2017 conference without a word.
      const days = { start: conference.start, end: conference.end };
      if (localStart && !withinDays(localStart, days)) return refuse.field("startsAt", "outsideConferenceDays", days);
      if (localEnd && !withinDays(localEnd, days) && localEnd !== `${dayAfter(days.end)}T00:00`)
        return refuse.field("endsAt", "outsideConferenceDays", days);
      const startsAt = localStart ? zonedToInstant(localStart, timeZone) : null;
      const endsAt = localEnd ? zonedToInstant(localEnd, timeZone) : null;
      // Equal start and end is an instant (an opening bell, a deadline); only an end before the start is wrong.
      if (startsAt && endsAt && endsAt.getTime() < startsAt.getTime()) return refuse.field("endsAt", "endBeforeStart");
      const names = speakerNames(tx, conferenceId, people);
      const missing = people.findIndex((p) => !names.has(p.speakerId));
      if (missing >= 0) return refuse.field(`people.${missing}.speakerId`, "notInConference", { kind: "speaker" });

      const before = target ? tx.select().from(sessions).where(eq(sessions.id, target.sessionId)).get() : null;
      if (target && !before) return refuse.notFound();
      if (before && before.version !== target!.version) return staleEdit(tx, before, target!.version);
      const values = {
        ...fields,
        startsAt,
        endsAt,
        translations: withEnglish(before?.translations ?? {}, { title: titleEn, abstract: abstractEn }),
      };
      const peopleBefore = before ? peopleOf(tx, before.id) : [];
      const session = before
        ? tx
            .update(sessions)
            .set({ ...values, version: before.version + 1 })
            .where(eq(sessions.id, before.id))
            .returning()
            .get()
        : tx.insert(sessions).values(values).returning().get();
      tx.delete(sessionPeople).where(eq(sessionPeople.sessionId, session.id)).run();
      if (people.length)
        tx.insert(sessionPeople)
          .values(people.map((p, position) => ({ sessionId: session.id, ...p, position })))
          .run();
      const lineUp = people.map((p) => ({ ...p, name: names.get(p.speakerId)! }));
      return {
        value: session,
        audit: {
          conferenceId,
          action: before ? "session.update" : "session.create",
          entityType: "session",
          entityId: session.id,
          changes: fieldChanges(
            before ? sessionView(before, peopleBefore) : ({} as SessionView),
            sessionView(session, lineUp),
            viewFields,
          ),
          version: session.version,
          details: { title: session.title },
        },
      };
    },
  });
}

/** The names of the session's people, found among this conference's speakers only: a session never reaches another tenant's profile. */
function speakerNames(tx: Tx, conferenceId: number, people: Array<{ speakerId: number }>): Map<number, string> {
  const ids = [...new Set(people.map((p) => p.speakerId))];
  if (ids.length === 0) return new Map();
  return new Map(
    tx
      .select({ id: speakers.id, name: speakers.name })
      .from(speakers)
      .where(and(eq(speakers.conferenceId, conferenceId), inArray(speakers.id, ids)))
      .all()
      .map((s) => [s.id, s.name]),
  );
}

/** Whether a local date-time (YYYY-MM-DDTHH:MM) falls on one of the conference's days. */
const withinDays = (local: string, days: { start: string; end: string }) =>
  local.slice(0, 10) >= days.start && local.slice(0, 10) <= days.end;

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
