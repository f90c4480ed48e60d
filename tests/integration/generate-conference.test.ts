import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateConferenceInto, type GeneratedConference } from "@/db/bench/generate";
import type { Db } from "@/db/connection";
import { listForumIds } from "@/db/queries/forum-ids";
import { findPublishedProgramme } from "@/db/queries/published";
import { rooms, sessionPeople, sessions, speakerUnavailability, speakers } from "@/db/schema";
import { programmeView } from "@/lib/programme/programme-view";
import { createTestDatabase } from "../support/test-database";

let db: Db;
let dispose: () => void;
let generated: GeneratedConference;

beforeAll(async () => {
  ({ db, dispose } = await createTestDatabase());
  generated = generateConferenceInto(db, { publish: true });
}, 120_000);
afterAll(() => dispose());

describe("generateConferenceInto", () => {
  it("imports 1,000 sessions in 70 rooms with 1,200 speakers, their profiles and a few unavailable afternoons", () => {
    const { conferenceId, summary } = generated;
    expect(summary.created).toMatchObject({ sessions: 1000, rooms: 70, speakers: 1200 });
    const forumIds = listForumIds(db, conferenceId);
    expect(forumIds.length).toBe(generated.document.groups.length);
    expect(db.select({ n: count() }).from(sessions).where(inArray(sessions.forumId, forumIds)).get()!.n).toBe(1000);
    expect(db.select({ n: count() }).from(rooms).where(eq(rooms.conferenceId, conferenceId)).get()!.n).toBe(70);
    const sessionIds = db
      .select({ id: sessions.id })
      .from(sessions)
      .where(inArray(sessions.forumId, forumIds))
      .all()
      .map((s) => s.id);
    const people = new Set<number>();
    for (let i = 0; i < sessionIds.length; i += 500) {
      for (const p of db
        .select({ speakerId: sessionPeople.speakerId })
        .from(sessionPeople)
        .where(inArray(sessionPeople.sessionId, sessionIds.slice(i, i + 500)))
        .all())
        people.add(p.speakerId);
    }
    expect(people.size).toBe(1200);
    const profiles = db.select().from(speakers).all();
    expect(profiles.every((s) => s.organization !== "" && s.position !== "" && s.translations.en?.organization)).toBe(
      true,
    );
    expect(
      db
        .select({ n: count() })
        .from(speakerUnavailability)
        .where(eq(speakerUnavailability.conferenceId, conferenceId))
        .get()!.n,
    ).toBeGreaterThan(0);
  });

  it("publishes v1, which the public queries read in both languages", async () => {
    expect(generated.release).toBe("v1");
    const programme = await findPublishedProgramme(db, generated.slug);
    expect(programme?.version).toBe("v1");
    const { snapshot } = programme!;
    expect(snapshot.sessions).toHaveLength(1000);
    expect(snapshot.rooms).toHaveLength(70);
    expect(snapshot.speakers).toHaveLength(1200);

    const zh = programmeView(snapshot, "zh-CN");
    expect(zh.sessions).toHaveLength(1000);
    expect(new Set(zh.sessions.map((s) => s.date))).toEqual(new Set(["2026-09-15", "2026-09-16", "2026-09-17"]));
    expect(zh.sessions.every((s) => s.room !== null)).toBe(true);
    expect(zh.sessions.filter((s) => s.cancelled).length).toBeGreaterThan(0);
    const keynote = zh.sessions.find((s) => s.kind === "keynote")!;
    expect(keynote.people[0]!.affiliation).not.toBe("");

    const en = programmeView(snapshot, "en");
    const translated = generated.document.events.find((e) => e.titleEn !== null && e.type === "talk")!;
    expect(en.sessions.some((s) => s.title === translated.titleEn)).toBe(true);
    expect(en.forums.find((f) => f.slug === "plenary-day-1")?.name).toBe("Plenary, Day 1");
  });

  it("publishes the next version when generated again, changing nothing else", () => {
    const again = generateConferenceInto(db, { publish: true });
    expect(again.release).toBe("v2");
    expect(again.conferenceId).toBe(generated.conferenceId);
    expect(again.summary.created).toMatchObject({ sessions: 0, speakers: 0, rooms: 0 });
    expect(again.summary.updated).toMatchObject({ sessions: 0, speakers: 0 });
  });
});
