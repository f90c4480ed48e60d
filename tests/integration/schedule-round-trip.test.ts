import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { exportConference } from "@/db/interop/export-conference";
import { importSchedule } from "@/db/interop/import-schedule";
import { conferences, rooms, sessions, speakers, tracks } from "@/db/schema";
import { eventGuid } from "@/lib/interop/import-plan";
import type { ParsedSchedule, ScheduleEvent } from "@/lib/interop/schedule-document";
import { parseScheduleXml } from "@/lib/interop/schedule-xml-import";
import { createTestDatabase } from "../support/test-database";
import { validateScheduleJson } from "../support/validate-json";
import { describeWithShared, sharedPath } from "../support/shared-data";
import { validateScheduleXml } from "../support/validate-xml";

const realDir = sharedPath("data/real");
const origin = "https://podium.example";

// The counts of ../shared/data/README.md, per file: days, rooms, events, people.
function expectedCounts(file: string) {
  const readme = fs.readFileSync(path.resolve(realDir, "../README.md"), "utf8");
  const row = readme.split("\n").find((line) => line.startsWith(`| \`real/${file}\``));
  if (!row) throw new Error(`no row for ${file} in the data README`);
  const [days, rooms, events, people] = row
    .split("|")
    .slice(3, 7)
    .map((cell) => Number(cell.trim()));
  return { days: days!, rooms: rooms!, events: events!, people: people! };
}
// 31c3's file names no time zone; the congress was in Hamburg.
const zones: Record<string, string> = { "31c3.xml": "Europe/Berlin" };

const databases: Array<{ dispose: () => void }> = [];
afterAll(() => databases.forEach((d) => d.dispose()));

async function importInto(parsed: ParsedSchedule, file: string) {
  const t = await createTestDatabase();
  databases.push(t);
  const summary = importSchedule(t.db, null, parsed, { trusted: true, publish: "v1", timeZone: zones[file] });
  return { db: t.db, summary };
}

const exportXml = (db: Parameters<typeof exportConference>[0], slug: string) => {
  const result = exportConference(db, slug, "xml", {
    draft: false,
    origin,
    locale: "en",
    now: new Date("2030-01-01T00:00:00Z"),
  });
  if (!result.ok) throw new Error(result.message);
  return result.body;
};

const essentials = (e: ScheduleEvent) => ({
  start: e.start,
  durationMinutes: e.durationMinutes,
  room: e.room,
  title: e.title,
  track: e.track,
  persons: e.persons.map((p) => p.name.trim()).sort(),
});

describeWithShared(["data/README.md", "data/real"], "round trips of the real files", () =>
  describe.each(fs.readdirSync(realDir).filter((f) => f.endsWith(".xml")))("round trip of %s", (file) => {
    const original = parseScheduleXml(fs.readFileSync(path.join(realDir, file), "utf8"));
    const expected = expectedCounts(file);
    let first: Awaited<ReturnType<typeof importInto>>;
    let exported: string;

    it("imports every event, room and person of the file, as the data README counts them", async () => {
      first = await importInto(original, file);
      const { db, summary } = first;
      const slug = summary.conference.slug;
      const conferenceId = db.select().from(conferences).where(eq(conferences.slug, slug)).get()!.id;
      expect(summary.created.sessions).toBe(expected.events);
      expect(summary.created.rooms).toBe(expected.rooms);
      expect(summary.created.speakers).toBe(expected.people);
      expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(expected.events);
      expect(db.select({ n: count() }).from(rooms).where(eq(rooms.conferenceId, conferenceId)).get()!.n).toBe(
        expected.rooms,
      );
      expect(db.select({ n: count() }).from(speakers).get()!.n).toBe(expected.people);
      expect(db.select({ n: count() }).from(tracks).where(eq(tracks.conferenceId, conferenceId)).get()!.n).toBe(
        original.document.tracks.length,
      );
      // A forum per track and day: a devroom is what Podium calls a forum.
      const trackDays = new Set(
        original.document.events.map(
          (e) =>
            `${e.track}|${new Date(e.start).toLocaleDateString("en-CA", { timeZone: original.document.conference.timeZone ?? zones[file] })}`,
        ),
      );
      expect(summary.created.forums).toBe(trackDays.size);
      expect(summary.release).toBe("v1");
    });

    it("exports schedule XML that the c3voc XSD accepts, with every event at the same time, room, track and people", async () => {
      exported = exportXml(first.db, first.summary.conference.slug);
      expect(await validateScheduleXml(exported)).toEqual([]);
      const back = parseScheduleXml(exported).document;
      const acronym = original.document.conference.acronym;
      const byGuid = new Map(back.events.map((e) => [e.guid, e]));
      expect(back.events).toHaveLength(expected.events);
      expect(new Set(back.events.map((e) => e.start.slice(0, 10))).size).toBeLessThanOrEqual(expected.days + 1);
      for (const event of original.document.events) {
        const copy = byGuid.get(eventGuid(acronym, event));
        expect(copy, event.title).toBeDefined();
        expect(essentials(copy!)).toEqual(essentials(event));
      }
    });

    it("exports schedule JSON and schedule2 JSON that their schemas accept", () => {
      for (const [format, schema] of [
        ["json", "schema"],
        ["json2", "schema2"],
      ] as const) {
        const result = exportConference(first.db, first.summary.conference.slug, format, {
          draft: false,
          origin,
          locale: "en",
        });
        expect(result.ok).toBe(true);
        expect(validateScheduleJson((result as { body: string }).body, schema), format).toEqual([]);
      }
    });

    it("re-imports its own export into a fresh database and exports the very same bytes", async () => {
      const second = await importInto(parseScheduleXml(exported), file);
      expect(second.summary.created.sessions).toBe(expected.events);
      expect(exportXml(second.db, second.summary.conference.slug)).toBe(exported);
    });

    it("updates in place when the same file comes again: nothing created, nothing duplicated", () => {
      const again = importSchedule(first.db, null, original, { trusted: true, timeZone: zones[file] });
      expect(again.created).toEqual({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });
      expect(again.unchanged.sessions).toBe(expected.events);
      expect(first.db.select({ n: count() }).from(sessions).get()!.n).toBe(expected.events);
    });
  }),
);
