import { and, eq } from "drizzle-orm";
import { loadViewer } from "@/db/auth/viewer";
import { type OwnProfileForm } from "@/db/mutations/own-profile";
import { conferences, forums, releases, sessionPeople, sessions, speakers, users } from "@/db/schema";
import type { SessionStatus } from "@/lib/domain/vocabulary";
import { createTestDatabase } from "./test-database";
import { wangBinWords } from "./wang-bin";
import { type Workspace } from "./workspace-fixture";

// A speaker's own edits across conferences and releases (speaker-profile-release and speaker-own-pages
// tests): 王斌's form, his profile copied into further small conferences, and the raw rows a release leaves.

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
export const DEMO = "china-netav-2017";

/** 王斌's full form, as the /me page posts it; each edit changes only what it names. */
export const profileOf = (edit: Partial<OwnProfileForm>): OwnProfileForm => ({
  ...wangBinWords,
  bio: "",
  bioEn: "",
  links: "[]",
  ...edit,
});

/**
 * The same person's profile at another conference (profiles are per conference): a copy
 * with the same guid, slug, words and account, made the first time it is asked for.
 */
export function profileIn(t: TestDatabase, conferenceId: number, speakerId: number): number {
  const person = t.db.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
  if (person.conferenceId === conferenceId) return person.id;
  const { id, createdAt, updatedAt, ...copy } = person;
  void [id, createdAt, updatedAt];
  const found = t.db
    .select()
    .from(speakers)
    .where(and(eq(speakers.conferenceId, conferenceId), eq(speakers.guid, person.guid)))
    .get();
  return (
    found?.id ??
    t.db
      .insert(speakers)
      .values({ ...copy, conferenceId })
      .returning()
      .get().id
  );
}

/** A small published conference with one session (of the given status) for each person given, through their profile there. */
export function addConference(
  t: TestDatabase,
  slug: string,
  people: Array<{ speakerId: number; status: SessionStatus }>,
  published = true,
): number {
  const conferenceId =
    t.db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get()?.id ??
    t.db
      .insert(conferences)
      .values({ slug, name: slug, timeZone: "UTC", startDate: "2030-01-01", endDate: "2030-01-02" })
      .returning()
      .get().id;
  t.db.update(conferences).set({ published }).where(eq(conferences.id, conferenceId)).run();
  const forumCount = t.db.select().from(forums).where(eq(forums.conferenceId, conferenceId)).all().length;
  const forumId = t.db
    .insert(forums)
    .values({ conferenceId, slug: `main-${forumCount}`, name: "Main", date: "2030-01-01" })
    .returning()
    .get().id;
  people.forEach(({ speakerId, status }, i) => {
    const startsAt = new Date(Date.UTC(2030, 0, 1, 1 + i));
    const session = t.db
      .insert(sessions)
      .values({
        forumId,
        title: `${slug} talk ${forumCount}.${i}`,
        status,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
      })
      .returning()
      .get();
    t.db
      .insert(sessionPeople)
      .values({ sessionId: session.id, speakerId: profileIn(t, conferenceId, speakerId), role: "speaker" })
      .run();
  });
  return conferenceId;
}

/** A speaker profile at `conferenceId` owned by a new account, with that account's viewer. */
export function addOwnedSpeaker(t: TestDatabase, conferenceId: number, slug: string, name: string) {
  const user = t.db
    .insert(users)
    .values({ email: `${slug}@podium.test` })
    .returning()
    .get();
  const speaker = t.db.insert(speakers).values({ conferenceId, slug, name, userId: user.id }).returning().get();
  return { speakerId: speaker.id, viewer: loadViewer(t.db, user.id)! };
}

export const rawReleases = (t: TestDatabase) =>
  t.db.$client
    .prepare("select id, conference_id, version, snapshot, speakers_revised_at from releases order by id")
    .all();
export const rawSnapshot = (t: TestDatabase, releaseId: number) =>
  t.db.$client.prepare("select snapshot from releases where id = ?").pluck().get(releaseId) as string;
export const searchDocuments = (t: TestDatabase) =>
  t.db.$client
    .prepare("select release_id, kind, ref, title, subtitle, body from search_documents order by release_id, kind, ref")
    .all();
export const releaseOf = (t: TestDatabase, conferenceId: number, version: string) =>
  t.db
    .select()
    .from(releases)
    .where(and(eq(releases.conferenceId, conferenceId), eq(releases.version, version)))
    .get()!;
/** The person of `speakerId` as a release shows them: by guid, the same at every conference. */
export const shownSpeaker = (t: TestDatabase, releaseId: number, speakerId: number) => {
  const { guid } = t.db.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
  return t.db
    .select()
    .from(releases)
    .where(eq(releases.id, releaseId))
    .get()!
    .snapshot.speakers.find((s) => s.guid === guid);
};
/** The signed-in 王斌 as he is now, with every profile his account keeps. */
export const speakerActor = (t: TestDatabase, ws: Workspace) => loadViewer(t.db, ws.viewers.speaker!.userId)!;
