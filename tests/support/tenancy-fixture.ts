import { and, eq } from "drizzle-orm";
import { loadViewer } from "@/db/auth/viewer";
import type { Db } from "@/db/connection";
import { insertRelease } from "@/db/releases/publish";
import {
  conferences,
  forumOrganizations,
  forums,
  organizationMemberships,
  organizations,
  rooms,
  sessionPeople,
  sessions,
  speakerUnavailability,
  speakers,
  tracks,
  users,
} from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { guidInConference } from "@/lib/interop/import-plan";
import { insertPendingInvitation } from "./invitation-rows";
import { createWorkspace } from "./workspace-fixture";
import { B_KEYNOTE_GUID, roles, type Role, type Tenancy } from "./tenancy-model";

// The model is imported from here by the tenancy tests too.
export * from "./tenancy-model";

/**
 * Conference A is the demo; conference B is complete in its own right: organizers, a
 * forum organization with a member, two forums, rooms, a track, sessions with
 * speakers, a speaker keeping her own profile, an invitation, unavailability and a
 * published release. 马中骏 speaks at both with one account keeping both profiles.
 * Slugs collide on purpose (forum, room, track, speaker) so a lookup by slug that
 * forgets the conference finds the wrong row.
 */
export async function createTenancy(db: Db): Promise<Tenancy> {
  const ws = await createWorkspace(db);
  const A = ws.conferenceId;
  const B = ws.otherConferenceId;
  db.update(conferences)
    .set({
      name: "Tenant B Conference",
      timeZone: "Europe/Berlin",
      startDate: "2030-01-01",
      endDate: "2030-01-03",
      published: true,
    })
    .where(eq(conferences.id, B))
    .run();

  // Every account has proved its address, so granting rights by email turns on the conference alone.
  db.update(users).set({ emailVerifiedAt: new Date() }).run();
  const user = (email: string) =>
    db
      .insert(users)
      .values({ email, name: email.split("@")[0]!, emailVerifiedAt: new Date() })
      .returning()
      .get().id;
  const forumEditorB = user("forum-editor-b-t@podium.test");
  const speakerB = user("bspeaker-t@podium.test");
  const both = user("both-t@podium.test");

  const forumOrganizationId = db
    .insert(organizations)
    .values({ slug: "b-org", name: "B Organization e.V." })
    .returning()
    .get().id;
  db.insert(organizationMemberships).values({ userId: forumEditorB, organizationId: forumOrganizationId }).run();

  const forum = (slug: string, name: string, date: string) =>
    db.insert(forums).values({ conferenceId: B, slug, name, date }).returning().get().id;
  const main = forum("web-drama-summit", "B Main Forum", "2030-01-01");
  const side = forum("b-side", "B Side Forum", "2030-01-02");
  db.insert(forumOrganizations).values({ forumId: main, organizationId: forumOrganizationId, role: "organizer" }).run();
  const room = (slug: string, name: string) =>
    db.insert(rooms).values({ conferenceId: B, slug, name }).returning().get().id;
  const hall = room("main-hall", "B Great Hall");
  const annex = room("b-annex", "B Annex");
  const trackId = db
    .insert(tracks)
    .values({ conferenceId: B, slug: "main-events", name: "B Track Talks" })
    .returning()
    .get().id;

  const aSpeaker = (slug: string) =>
    db
      .select()
      .from(speakers)
      .where(and(eq(speakers.conferenceId, A), eq(speakers.slug, slug)))
      .get()!;
  const sharedA = aSpeaker("ma-zhongjun");
  const speaker = (values: Partial<typeof speakers.$inferInsert> & { slug: string; name: string }) =>
    db
      .insert(speakers)
      .values({ conferenceId: B, ...values })
      .returning()
      .get().id;
  const ravi = speaker({ slug: "ravi-dwivedi", name: "Ravi Dwivedi", bio: "Speaks at B only." });
  const own = speaker({ slug: "b-speaker", name: "Bea Speaker", userId: speakerB });
  const panelist = speaker({ slug: "b-panelist", name: "Bo Panelist" });
  const shared = speaker({
    slug: "ma-zhongjun",
    guid: sharedA.guid,
    name: sharedA.name,
    bio: "B-only bio of 马中骏",
    userId: both,
  });
  db.update(speakers).set({ userId: both }).where(eq(speakers.id, sharedA.id)).run();

  const at = (iso: string) => new Date(iso);
  const session = (
    values: typeof sessions.$inferInsert,
    people: Array<[number, "speaker" | "panelist" | "moderator"]>,
  ) => {
    const id = db.insert(sessions).values(values).returning().get().id;
    people.forEach(([speakerId, role], position) =>
      db.insert(sessionPeople).values({ sessionId: id, speakerId, role, position }).run(),
    );
    return id;
  };
  const keynote = session(
    {
      guid: B_KEYNOTE_GUID,
      forumId: main,
      roomId: hall,
      trackId,
      title: "B keynote on tenancy",
      status: "confirmed",
      language: "en",
      startsAt: at("2030-01-01T09:00:00Z"),
      endsAt: at("2030-01-01T10:00:00Z"),
    },
    [
      [ravi, "speaker"],
      [shared, "panelist"],
      [panelist, "panelist"],
    ],
  );
  const draft = session({ forumId: main, title: "B draft nobody else sees", status: "draft", language: "en" }, [
    [own, "speaker"],
  ]);
  const sideTalk = session(
    {
      forumId: side,
      roomId: annex,
      title: "B side talk",
      status: "confirmed",
      language: "en",
      startsAt: at("2030-01-02T13:00:00Z"),
      endsAt: at("2030-01-02T14:00:00Z"),
    },
    [
      [own, "speaker"],
      [ravi, "moderator"],
    ],
  );
  // B's organizers may give a session any UUID in a file, the one A's import would derive for B's keynote among them.
  const planted = session(
    {
      guid: guidInConference(B_KEYNOTE_GUID, A),
      forumId: side,
      title: "B planted session",
      status: "draft",
      language: "en",
    },
    [],
  );

  db.insert(speakerUnavailability)
    .values([
      {
        speakerId: ravi,
        conferenceId: B,
        startsAt: at("2030-01-01T06:00:00Z"),
        endsAt: at("2030-01-01T08:00:00Z"),
        note: "B-only unavailability",
      },
      {
        speakerId: own,
        conferenceId: B,
        startsAt: at("2030-01-02T06:00:00Z"),
        endsAt: at("2030-01-02T07:00:00Z"),
        note: "B-only unavailability",
      },
    ])
    .run();
  const { id: invitationId, token } = insertPendingInvitation(db, {
    speakerId: ravi,
    email: "ravi@tenant-b.example",
    createdByUserId: ws.viewers.otherOrganizer!.userId,
  });
  await insertRelease(db, { conferenceId: B, version: "b-v1", userId: ws.viewers.otherOrganizer!.userId });

  const summitId = ws.forumId;
  const forumEditorA = ws.viewers.forumEditor!.userId;
  const ids = {
    speakerA: ws.viewers.speaker!.userId,
    speakerB,
    bothSpeaker: both,
    forumEditorA,
    forumEditorB,
    organizerA: ws.viewers.organizer!.userId,
    organizerB: ws.viewers.otherOrganizer!.userId,
    admin: ws.viewers.admin!.userId,
    noRights: ws.viewers.noRights!.userId,
  };
  const viewers = Object.fromEntries(
    roles.map((r) => [r, r === "anonymous" ? null : loadViewer(db, ids[r])]),
  ) as Record<Role, Viewer | null>;
  const emails = Object.fromEntries(
    roles.map((r) => [
      r,
      r === "anonymous" ? null : db.select({ email: users.email }).from(users).where(eq(users.id, ids[r])).get()!.email,
    ]),
  ) as Record<Role, string | null>;
  return {
    db,
    viewers,
    emails,
    a: {
      id: A,
      summitId,
      session: (title) =>
        db
          .select({ id: sessions.id })
          .from(sessions)
          .innerJoin(forums, eq(forums.id, sessions.forumId))
          .where(and(eq(forums.conferenceId, A), eq(sessions.title, title)))
          .get()!.id,
      speaker: (slug) => aSpeaker(slug).id,
      room: (slug) =>
        db
          .select()
          .from(rooms)
          .where(and(eq(rooms.conferenceId, A), eq(rooms.slug, slug)))
          .get()!.id,
    },
    b: {
      id: B,
      forumOrganizationId,
      forums: { main, side },
      rooms: { hall, annex },
      trackId,
      sessions: { keynote, draft, side: sideTalk, planted },
      speakers: { ravi, own, shared, panelist },
      invitationId,
      invitationToken: token,
    },
    shared: { guid: sharedA.guid, aSpeakerId: sharedA.id, bSpeakerId: shared },
  };
}
