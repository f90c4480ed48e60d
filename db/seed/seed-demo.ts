import { and, eq } from "drizzle-orm";
import { v5 as uuidv5 } from "uuid";
import type { Db } from "../connection";
import { insertRelease } from "../releases/publish";
import { conferences, forumHosts, forums, organizations, releases, rooms, sessionPeople, sessions, speakers, tracks } from "../schema";
import { zonedToInstant } from "@/lib/time/zoned";
import { demoConference } from "./demo/conference";
import { demoOrganizations } from "./demo/organizations";
import { demoSpeakers } from "./demo/speakers";

// Fixed namespace so that a demo row's guid is the same in every database.
const DEMO_NAMESPACE = "7b0e4c1e-2f5a-4d0b-9a57-6c1f3f0a2d11";
export const demoGuid = (key: string) => uuidv5(`podium-demo:${key}`, DEMO_NAMESPACE);

export interface SeedReport {
  conferenceId: number;
  inserted: number;
  released: string | null;
}

/**
 * Loads the demo conference from the article. Idempotent: every row is
 * inserted only when its natural key is missing, nothing is ever updated, so
 * a second run changes nothing and edits made since are kept.
 */
export function seedDemo(db: Db): SeedReport {
  return db.transaction((tx) => {
    let inserted = 0;
    const count = (changes: number) => (inserted += changes);

    const organizationIds = new Map<string, number>();
    for (const o of demoOrganizations) {
      const parentId = o.parentSlug ? organizationIds.get(o.parentSlug) : undefined;
      count(
        tx
          .insert(organizations)
          .values({ slug: o.slug, name: o.name, shortName: o.shortName, description: o.description ?? "", parentId, translations: o.translations })
          .onConflictDoNothing()
          .run().changes,
      );
      organizationIds.set(o.slug, tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, o.slug)).get()!.id);
    }

    const speakerIds = new Map<string, number>();
    for (const s of demoSpeakers) {
      const organizationId = s.organizationSlug ? organizationIds.get(s.organizationSlug) : undefined;
      count(
        tx
          .insert(speakers)
          .values({
            guid: demoGuid(`speaker/${s.slug}`),
            slug: s.slug,
            name: s.name,
            position: s.position,
            organization: s.organization,
            organizationId,
            bio: s.bio ?? "",
            translations: s.translations,
          })
          .onConflictDoNothing()
          .run().changes,
      );
      speakerIds.set(s.slug, tx.select({ id: speakers.id }).from(speakers).where(eq(speakers.slug, s.slug)).get()!.id);
    }

    const c = demoConference;
    const { rooms: demoRooms, tracks: demoTracks, forums: demoForums, ...conferenceFields } = c;
    count(tx.insert(conferences).values({ ...conferenceFields, defaultLocale: "zh-CN", published: true }).onConflictDoNothing().run().changes);
    const conferenceId = tx.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, c.slug)).get()!.id;

    const roomIds = new Map<string, number>();
    demoRooms.forEach((r, position) => {
      count(tx.insert(rooms).values({ conferenceId, position, ...r }).onConflictDoNothing().run().changes);
      roomIds.set(r.slug, tx.select({ id: rooms.id }).from(rooms).where(and(eq(rooms.conferenceId, conferenceId), eq(rooms.slug, r.slug))).get()!.id);
    });
    const trackIds = new Map<string, number>();
    demoTracks.forEach((t, position) => {
      count(tx.insert(tracks).values({ conferenceId, position, ...t }).onConflictDoNothing().run().changes);
      trackIds.set(t.slug, tx.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.conferenceId, conferenceId), eq(tracks.slug, t.slug))).get()!.id);
    });

    demoForums.forEach((f, position) => {
      const { hosts, sessions: demoSessions, ...forumFields } = f;
      count(tx.insert(forums).values({ conferenceId, position, ...forumFields }).onConflictDoNothing().run().changes);
      const forumId = tx.select({ id: forums.id }).from(forums).where(and(eq(forums.conferenceId, conferenceId), eq(forums.slug, f.slug))).get()!.id;
      hosts.forEach((h, i) => {
        count(tx.insert(forumHosts).values({ forumId, organizationId: organizationIds.get(h.organization)!, role: h.role, position: i }).onConflictDoNothing().run().changes);
      });
      for (const s of demoSessions) {
        const guid = demoGuid(`session/${c.slug}/${s.key}`);
        count(
          tx
            .insert(sessions)
            .values({
              guid,
              forumId,
              roomId: roomIds.get(s.room),
              trackId: s.track ? trackIds.get(s.track) : undefined,
              kind: s.kind,
              title: s.title,
              abstract: s.abstract,
              startsAt: zonedToInstant(s.start, c.timeZone),
              endsAt: zonedToInstant(s.end, c.timeZone),
              language: "zh",
              status: "confirmed",
              translations: s.translations,
            })
            .onConflictDoNothing()
            .run().changes,
        );
        const sessionId = tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.guid, guid)).get()!.id;
        s.people.forEach((p, i) => {
          count(tx.insert(sessionPeople).values({ sessionId, speakerId: speakerIds.get(p.speaker)!, role: p.role, position: i }).onConflictDoNothing().run().changes);
        });
      }
    });

    // Public pages show only published releases, so the demo ships its first one.
    let released: string | null = null;
    if (!tx.select({ id: releases.id }).from(releases).where(eq(releases.conferenceId, conferenceId)).get()) {
      insertRelease(tx as unknown as Db, { conferenceId, version: "v1", userId: null, at: new Date("2017-11-20T02:00:00Z") });
      released = "v1";
      inserted += 1;
    }
    return { conferenceId, inserted, released };
  });
}
