import { eq } from "drizzle-orm";
import { saveSession } from "@/db/mutations/sessions/save-session";
import type { SessionForm } from "@/db/mutations/sessions/session-form";
import { auditLog, sessionPeople, sessions, speakers } from "@/db/schema";
import { localDateTimeOf } from "@/lib/admin/form-input";
import { pairWithEnglish } from "@/lib/domain/translations";
import type { scratchWorkspace } from "./scratch-database";

// The session form as the workspace posts it, over a scratch workspace: the sessions-admin tests'
// way to make a new session, re-post an existing one, and read back what was written.

/** The helpers, bound to a scratch workspace (their reads wait until its tests run). */
export function sessionFormsOf(t: ReturnType<typeof scratchWorkspace>) {
  const speaker = (slug: string) => t.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!.id;
  const session = (id: number) => t.db.select().from(sessions).where(eq(sessions.id, id)).get()!;
  const people = (id: number) =>
    t.db
      .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role, position: sessionPeople.position })
      .from(sessionPeople)
      .where(eq(sessionPeople.sessionId, id))
      .orderBy(sessionPeople.position)
      .all();
  const lastAudit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1)!;
  const form = (changes: Partial<SessionForm> = {}): SessionForm => ({
    forumId: String(t.ws.forumId),
    kind: "panel",
    status: "draft",
    title: "网剧出海",
    titleEn: "Web Dramas Abroad",
    abstract: "",
    abstractEn: "",
    language: "zh",
    trackId: "",
    roomId: String(t.ws.roomId("forum-hall-1")),
    startsAt: "2017-12-01T14:00",
    endsAt: "2017-12-01T15:00",
    people: JSON.stringify([
      { speakerId: speaker("li-xia"), role: "moderator" },
      { speakerId: speaker("dai-ying"), role: "panelist" },
      { speakerId: speaker("yu-fei"), role: "panelist" },
    ]),
    ...changes,
  });
  /** A session as its edit form posts it, with changes. */
  const formOf = (id: number, changes: Partial<SessionForm> = {}): SessionForm => {
    const s = session(id);
    const local = (d: Date | null) => (d ? localDateTimeOf(d, "Asia/Shanghai") : "");
    return form({
      ...pairWithEnglish(s, ["title", "abstract"]),
      forumId: String(s.forumId),
      kind: s.kind,
      status: s.status,
      language: s.language,
      trackId: s.trackId ? String(s.trackId) : "",
      roomId: s.roomId ? String(s.roomId) : "",
      startsAt: local(s.startsAt),
      endsAt: local(s.endsAt),
      people: people(id).map(({ speakerId, role }) => ({ speakerId, role })),
      ...changes,
    });
  };

  /** A new session as the demo's organizer saves it. */
  const createAsOrganizer = (changes: Partial<SessionForm> = {}) =>
    saveSession({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, null, form(changes));
  return { speaker, session, people, lastAudit, form, formOf, createAsOrganizer };
}
