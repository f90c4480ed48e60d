import { eq, inArray } from "drizzle-orm";
import type { Conn } from "../connection";
import { listLineUp } from "../queries/sessions";
import { forums, sessionPeople, sessions } from "../schema";
import { eventGuid, guidInConference, personKey, sessionFields } from "@/lib/interop/import-plan";
import { at } from "@/lib/interop/import-report";
import { countFound, type ImportSummary } from "@/lib/interop/import-summary";
import { type ScheduleEvent, ScheduleFormatError } from "@/lib/interop/schedule-document";

// The sessions of an import, matched by guid inside the conference: created, updated in
// place (a new version) when anything of them changed, or left alone.

export interface SessionTargets {
  conferenceId: number;
  acronym: string;
  events: ScheduleEvent[];
  roomIds: Map<string, number>;
  trackIds: Map<string, number>;
  forumIds: Map<string, number>;
  speakerIds: Map<string, number>;
  groupOf: (event: ScheduleEvent) => string;
  summary: ImportSummary;
  onProgress?: (done: number, total: number) => void;
}

type Found = Map<string, { row: typeof sessions.$inferSelect; conferenceId: number }>;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const eventPlace = (event: ScheduleEvent) => [at.event(String(event.id ?? event.guid ?? event.title))];

export function upsertSessions(t: Conn, c: SessionTargets): void {
  const { guids, existing } = ownGuids(t, c);
  c.events.forEach((event, index) => {
    const guid = guids[index]!;
    const found = existing.get(guid);
    const values = {
      guid,
      forumId: c.forumIds.get(c.groupOf(event))!,
      roomId: event.room ? c.roomIds.get(event.room)! : null,
      trackId: event.track ? (c.trackIds.get(event.track) ?? null) : null,
      ...sessionFields(event),
    };
    const people = uniquePeople(event, c.speakerIds);
    let sessionId: number;
    if (found) {
      sessionId = found.row.id;
      const before = listLineUp(t, sessionId);
      const changed =
        Object.entries(values).some(([k, v]) => !sameJson(v, found.row[k as keyof typeof found.row])) ||
        !sameJson(before, people);
      countFound(c.summary, "sessions", changed);
      if (!changed) return progress(c, index);
      t.update(sessions)
        .set({ ...values, version: found.row.version + 1 })
        .where(eq(sessions.id, sessionId))
        .run();
      t.delete(sessionPeople).where(eq(sessionPeople.sessionId, sessionId)).run();
    } else {
      sessionId = t.insert(sessions).values(values).returning({ id: sessions.id }).get().id;
      c.summary.created.sessions += 1;
    }
    if (people.length)
      t.insert(sessionPeople)
        .values(people.map((p, position) => ({ sessionId, ...p, position })))
        .run();
    progress(c, index);
  });
}

/**
 * Each event's guid in this conference. Session guids are public (every schedule.xml has
 * them) and unique on the server: one another conference already uses is never adopted,
 * this conference gets a guid of its own, derived again while that is another's too
 * (anyone can derive one and put it in a file).
 */
function ownGuids(t: Conn, c: SessionTargets): { guids: string[]; existing: Found } {
  const guids = c.events.map((e) => eventGuid(c.acronym, e));
  const duplicate = guids.findIndex((g, i) => guids.indexOf(g) !== i);
  if (duplicate >= 0) {
    const event = c.events[guids.indexOf(guids[duplicate]!)]!;
    throw new ScheduleFormatError("sharedGuid", eventPlace(event), { guid: event.guid ?? guids[duplicate]! });
  }
  const existing = sessionsByGuid(t, guids);
  const elsewhere = guids.filter((g) => existing.has(g) && existing.get(g)!.conferenceId !== c.conferenceId);
  if (elsewhere.length === 0) return { guids, existing };
  const own = new Map(elsewhere.map((g) => [g, guidOfOurOwn(t, g, c.conferenceId)]));
  for (const [g, r] of sessionsByGuid(t, [...own.values()])) existing.set(g, r);
  const mapped = guids.map((g) => own.get(g) ?? g);
  // The file may also name, for another event, the guid this conference gives one of these.
  const clash = mapped.findIndex((g, i) => mapped.indexOf(g) !== i);
  if (clash >= 0) {
    const [later, earlier] = [c.events[clash]!, c.events[mapped.indexOf(mapped[clash]!)]!];
    throw new ScheduleFormatError("guidClash", eventPlace(later), {
      later: later.title,
      earlier: earlier.title,
      guid: mapped[clash]!,
    });
  }
  const first = c.events[mapped.indexOf(own.get(elsewhere[0]!)!)]!;
  c.summary.notes.push({
    code: "foreignGuids",
    values: { count: elsewhere.length, title: first.title },
    at: eventPlace(first),
    count: elsewhere.length,
  });
  return { guids: mapped, existing };
}

function guidOfOurOwn(t: Conn, guid: string, conferenceId: number): string {
  let own = guidInConference(guid, conferenceId);
  for (
    let taken = sessionsByGuid(t, [own]).get(own);
    taken && taken.conferenceId !== conferenceId;
    taken = sessionsByGuid(t, [own]).get(own)
  )
    own = guidInConference(own, conferenceId);
  return own;
}

function sessionsByGuid(t: Conn, guids: readonly string[]): Found {
  const found: Found = new Map();
  for (let i = 0; i < guids.length; i += 500) {
    for (const r of t
      .select({ row: sessions, conferenceId: forums.conferenceId })
      .from(sessions)
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .where(inArray(sessions.guid, guids.slice(i, i + 500)))
      .all())
      found.set(r.row.guid, r);
  }
  return found;
}

function progress(c: SessionTargets, index: number) {
  if (c.onProgress && (index % 100 === 99 || index === c.events.length - 1)) c.onProgress(index + 1, c.events.length);
}

/** A person named twice in one event takes part once, in their first role. */
function uniquePeople(event: ScheduleEvent, speakerIds: Map<string, number>) {
  const seen = new Set<number>();
  const people: Array<{ speakerId: number; role: NonNullable<ScheduleEvent["persons"][number]["role"]> }> = [];
  for (const p of event.persons) {
    const speakerId = speakerIds.get(personKey(p));
    if (speakerId === undefined || seen.has(speakerId)) continue;
    seen.add(speakerId);
    people.push({ speakerId, role: p.role ?? "speaker" });
  }
  return people;
}
