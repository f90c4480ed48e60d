import { and, eq } from "drizzle-orm";
import { v5 as uuidv5 } from "uuid";
import type { Db } from "../connection";
import { insertReleaseInTransaction } from "../releases/publish";
import {
  conferences,
  forumOrganizations,
  forums,
  organizations,
  releases,
  rooms,
  sessionPeople,
  sessions,
  speakers,
  tracks,
} from "../schema";
import {
  conferenceInsertSchema,
  forumInsertSchema,
  organizationInsertSchema,
  roomInsertSchema,
  sessionInsertSchema,
  speakerInsertSchema,
  trackInsertSchema,
} from "../validation";
import { zonedToInstant } from "@/lib/time/zoned";
import { demoConference } from "./demo/conference";
import { demoOrganizations } from "./demo/organizations";
import { demoSpeakers } from "./demo/speakers";
import { seedDemoUsers } from "./demo/users";

// Fixed namespace so that a demo row's guid is the same in every database.
const DEMO_NAMESPACE = "7b0e4c1e-2f5a-4d0b-9a57-6c1f3f0a2d11";
export const demoGuid = (key: string) => uuidv5(`podium-demo:${key}`, DEMO_NAMESPACE);

export interface SeedReport {
  conferenceId: number;
  inserted: number;
  released: string | null;
}

/**
 * Loads the demo conference from the article. Idempotent: a row is inserted
 * only when its natural key is missing (looked up first, so not even an
 * autoincrement counter moves), nothing is ever updated, and edits made since
 * are kept.
 */
export async function seedDemo(db: Db): Promise<SeedReport> {
  const report = db.transaction((tx) => {
    let inserted = 0;
    function ensure(existing: { id: number } | undefined, insert: () => { id: number }): number {
      if (existing) return existing.id;
      inserted += 1;
      return insert().id;
    }

    const organizationIds = new Map<string, number>();
    for (const o of demoOrganizations) {
      const id = ensure(
        tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, o.slug)).get(),
        () =>
          tx
            .insert(organizations)
            .values(
              organizationInsertSchema.parse({
                slug: o.slug,
                name: o.name,
                shortName: o.shortName,
                description: o.description ?? "",
                parentId: o.parentSlug ? organizationIds.get(o.parentSlug) : undefined,
                translations: o.translations,
              }),
            )
            .returning({ id: organizations.id })
            .get(),
      );
      organizationIds.set(o.slug, id);
    }

    const { rooms: demoRooms, tracks: demoTracks, forums: demoForums, ...conferenceFields } = demoConference;
    const conferenceId = ensure(
      tx.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, conferenceFields.slug)).get(),
      () =>
        tx
          .insert(conferences)
          .values(conferenceInsertSchema.parse({ ...conferenceFields, defaultLocale: "zh-CN", published: true }))
          .returning({ id: conferences.id })
          .get(),
    );

    const speakerIds = new Map<string, number>();
    for (const s of demoSpeakers) {
      const id = ensure(
        tx
          .select({ id: speakers.id })
          .from(speakers)
          .where(and(eq(speakers.conferenceId, conferenceId), eq(speakers.slug, s.slug)))
          .get(),
        () =>
          tx
            .insert(speakers)
            .values(
              speakerInsertSchema.parse({
                conferenceId,
                guid: demoGuid(`speaker/${s.slug}`),
                slug: s.slug,
                name: s.name,
                position: s.position,
                organization: s.organization,
                organizationId: s.organizationSlug ? organizationIds.get(s.organizationSlug) : undefined,
                bio: s.bio ?? "",
                translations: s.translations,
              }),
            )
            .returning({ id: speakers.id })
            .get(),
      );
      speakerIds.set(s.slug, id);
    }

    // Rooms and tracks are the conference's lists, each row found by its slug and placed in the article's order.
    const listed = (
      table: typeof rooms | typeof tracks,
      rows: ReadonlyArray<{ slug: string }>,
      schema: { parse: (values: unknown) => object },
    ) => {
      const ids = new Map<string, number>();
      rows.forEach((r, position) => {
        const where = and(eq(table.conferenceId, conferenceId), eq(table.slug, r.slug));
        const id = ensure(tx.select({ id: table.id }).from(table).where(where).get(), () =>
          tx
            .insert(table)
            .values(schema.parse({ conferenceId, position, ...r }) as typeof table.$inferInsert)
            .returning({ id: table.id })
            .get(),
        );
        ids.set(r.slug, id);
      });
      return ids;
    };
    const roomIds = listed(rooms, demoRooms, roomInsertSchema);
    const trackIds = listed(tracks, demoTracks, trackInsertSchema);

    demoForums.forEach((f, position) => {
      const { organizations: demoOrganizations, sessions: demoSessions, ...forumFields } = f;
      const where = and(eq(forums.conferenceId, conferenceId), eq(forums.slug, f.slug));
      const forumId = ensure(tx.select({ id: forums.id }).from(forums).where(where).get(), () =>
        tx
          .insert(forums)
          .values(forumInsertSchema.parse({ conferenceId, position, ...forumFields }))
          .returning({ id: forums.id })
          .get(),
      );
      demoOrganizations.forEach((o, i) => {
        const organizationId = organizationIds.get(o.organization)!;
        const key = and(
          eq(forumOrganizations.forumId, forumId),
          eq(forumOrganizations.organizationId, organizationId),
          eq(forumOrganizations.role, o.role),
        );
        if (tx.select().from(forumOrganizations).where(key).get()) return;
        tx.insert(forumOrganizations).values({ forumId, organizationId, role: o.role, position: i }).run();
        inserted += 1;
      });
      for (const s of demoSessions) {
        const guid = demoGuid(`session/${conferenceFields.slug}/${s.key}`);
        const existing = tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.guid, guid)).get();
        if (existing) continue;
        const sessionId = tx
          .insert(sessions)
          .values(
            sessionInsertSchema.parse({
              guid,
              forumId,
              roomId: roomIds.get(s.room),
              trackId: s.track ? trackIds.get(s.track) : undefined,
              kind: s.kind,
              title: s.title,
              abstract: s.abstract,
              startsAt: zonedToInstant(s.start, conferenceFields.timeZone),
              endsAt: zonedToInstant(s.end, conferenceFields.timeZone),
              language: "zh",
              status: "confirmed",
              translations: s.translations,
            }),
          )
          .returning({ id: sessions.id })
          .get().id;
        inserted += 1;
        // People come with their new session only: once it exists, its line-up belongs to the organizers.
        s.people.forEach((p, i) => {
          tx.insert(sessionPeople)
            .values({ sessionId, speakerId: speakerIds.get(p.speaker)!, role: p.role, position: i })
            .run();
          inserted += 1;
        });
      }
    });

    // Public pages show only published releases, so the demo ships its first one.
    let released: string | null = null;
    if (!tx.select({ id: releases.id }).from(releases).where(eq(releases.conferenceId, conferenceId)).get()) {
      insertReleaseInTransaction(tx, {
        conferenceId,
        version: "v1",
        userId: null,
        at: new Date("2017-11-20T02:00:00Z"),
      });
      released = "v1";
      inserted += 1;
    }
    return { conferenceId, inserted, released };
  });
  // The demo's sign-ins (passwords are hashed asynchronously, so outside that transaction).
  report.inserted += await seedDemoUsers(db, report.conferenceId);
  return report;
}
