import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/connection";
import type { SpeakerForm } from "@/db/mutations/speakers/speaker-form";
import { organizations, sessionPeople, sessions, speakers } from "@/db/schema";
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

/** 张三 of 咪咕视讯 as the workspace's speaker form posts him, with a link and a window he is away, and changes. */
export const zhangSanForm = (db: Db, changes: Partial<SpeakerForm> = {}): SpeakerForm => ({
  name: "张三",
  nameEn: "Zhang San",
  slug: "zhang-san",
  position: "总经理",
  positionEn: "General Manager",
  organization: "咪咕视讯",
  organizationEn: "MIGU Video",
  organizationId: String(db.select().from(organizations).where(eq(organizations.slug, "migu-video")).get()!.id),
  bio: "**资深**制片人。",
  bioEn: "",
  photo: "https://example.org/zhang.jpg",
  links: JSON.stringify([{ kind: "website", url: "https://example.org" }]),
  unavailability: JSON.stringify([{ startsAt: "2017-12-01T09:00", endsAt: "2017-12-01T10:30", note: "航班" }]),
  ...changes,
});

/** A speaker of the given conference by slug (another conference may have one of the same slug). */
export const speakerIn = (db: Db, conferenceId: number, slug: string) =>
  db
    .select()
    .from(speakers)
    .where(and(eq(speakers.conferenceId, conferenceId), eq(speakers.slug, slug)))
    .get()!.id;
