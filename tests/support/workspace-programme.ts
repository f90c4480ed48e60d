import { eq } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { sessionPeople, sessions, speakers } from "@/db/schema";
import { state } from "./app-state";
import type { Role, Workspace } from "./workspace-fixture";

// What the workspace's programme tests (forums, speakers, sessions) name in the demo of
// support/workspace-fixture.ts: who may act where, and the gala's people.

export const DEMO = "china-netav-2017";

/** Everyone with some part in the demo's programme. */
export const everyoneIn: Role[] = ["admin", "organizer", "forumEditor", "otherForumEditor"];
export const organizers: Role[] = ["admin", "organizer"];
/** Who edits the 网络剧高峰论坛 (咪咕's) and the gala (芒果TV's). */
export const summitEditors: Role[] = ["admin", "organizer", "forumEditor"];
export const galaEditors: Role[] = ["admin", "organizer", "otherForumEditor"];

let n = 0;
/** A value no earlier attempt used, so every allowed write is a change. */
export const fresh = () => `t${++n}`;

export const speakerId = (slug: string) => state.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!.id;
/** The gala's (first) session. */
export const galaSession = (db: Db, ws: Workspace) =>
  db.select().from(sessions).where(eq(sessions.forumId, ws.otherForumId)).get()!.id;

/** A speaker who takes part only in the gala, organized by 芒果TV (a forum 咪咕 is no organization of). */
export function addGalaPresenter(db: Db, ws: Workspace): number {
  const presenter = db
    .insert(speakers)
    .values({ conferenceId: ws.conferenceId, slug: "gala-presenter", name: "盛典主持人" })
    .returning()
    .get().id;
  db.insert(sessionPeople)
    .values({ sessionId: galaSession(db, ws), speakerId: presenter, role: "host" })
    .run();
  return presenter;
}
