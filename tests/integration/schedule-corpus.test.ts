import fs from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { exportConference } from "@/db/interop/export-conference";
import { importSchedule } from "@/db/interop/import-schedule";
import { parseSchedule } from "@/lib/interop/parse-schedule";
import { noteInEnglish } from "@/lib/interop/import-english";
import { describeWithShared, sharedPath } from "../support/shared-data";
import { createTestDatabase } from "../support/test-database";
import { validateScheduleXml } from "../support/validate-xml";

// Every real file of ../shared/data/real and ../shared/data/corpus, imported as a user would:
// per file, the events and rooms taken against what the file holds, and an export that validates.
const folders = ["data/real", "data/corpus/xml", "data/corpus/json", "data/corpus/ics"];
// Files that carry no zone at all, with the zone of the place (a user names it with --time-zone).
const zoneOfPlace: Record<string, string> = {
  "cccamp2011-pentabarf-schedule.en.xml": "Europe/Berlin",
  "pyconuk2015-coventry-vobject-floating.ics": "Europe/London",
  "goldenrooster-beijing-film-exhibition2024-thirdparty-zh.ics": "Asia/Shanghai",
  "orlandocodecamp2020-sessionize-all.json": "America/New_York",
};

/** Events and distinct room names as the file holds them, counted without the importer. */
function countFile(name: string, text: string): { events: number; rooms: number } {
  if (name.endsWith(".ics")) {
    const locations = [...text.replace(/\r?\n[ \t]/g, "").matchAll(/^LOCATION(?:;[^:\r\n]*)?:(.*)$/gm)].map((m) =>
      m[1]!.replace(/\\([,;\\])/g, "$1").trim(),
    );
    return { events: text.match(/^BEGIN:VEVENT/gm)?.length ?? 0, rooms: new Set(locations.filter(Boolean)).size };
  }
  if (name.endsWith(".xml")) {
    const names = [...text.matchAll(/<room name=["']([^"']*)["']/g), ...text.matchAll(/<room>([^<]*)<\/room>/g)].map(
      (m) => m[1]!.trim(),
    );
    return { events: text.match(/<event[\s>]/g)?.length ?? 0, rooms: new Set(names.filter(Boolean)).size };
  }
  const root = JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown>;
  if (Array.isArray(root.sessions)) {
    const sessions = root.sessions as Array<{ roomId: number | null }>;
    return { events: sessions.length, rooms: new Set(sessions.map((s) => s.roomId).filter((r) => r !== null)).size };
  }
  const days = (root.schedule as { conference: { days: Array<{ rooms: Record<string, unknown[]> }> } }).conference.days;
  const rooms = new Set(
    days.flatMap((d) =>
      Object.entries(d.rooms)
        .filter(([, list]) => list.length > 0)
        .map(([room]) => room.trim()),
    ),
  );
  return {
    events: days.reduce((n, d) => n + Object.values(d.rooms).reduce((m, list) => m + list.length, 0), 0),
    rooms: rooms.size,
  };
}

// What makes each file odd, as the dry run must list it: a kind of deviation per file, by its words.
const quirks: Record<string, RegExp[]> = {
  "33c3-everything-frab-plus-wiki-sessions.xml": [
    /^zero-length events/,
    /^events longer than 24 hours/,
    /^events listed under a day but dated after its midnight/,
    /repeat another event's guid/,
    /^events without a room/,
    /^people without an id/,
  ],
  "cccamp2011-pentabarf-schedule.en.xml": [
    /^events after midnight listed under the previous day \(before its day change\)/,
  ],
  "lswt2019-leipzig-jekyll-pseudo-frab.xml": [
    /^events with an empty duration/,
    /repeat another event's id/,
    /^<person> inside <event>/,
  ],
  "good2025-cambridge-ma-pretalx-schedule.xml": [/^legacy zone name “US\/Eastern” read as America\/New_York/],
  "good2025-cambridge-ma-pretalx-schedule.json": [/^legacy zone name “US\/Eastern” read as America\/New_York/],
  "froscon2018-frab-schedule.json": [/^the file names no time zone: the conference shows its times in Etc\/GMT-2/],
  "orlandocodecamp2020-sessionize-all.json": [/^service sessions/],
  "pyconau2023-adelaide-pretalx.ics": [
    /^VTIMEZONE Australia\/Adelaide gives \+09:00 where the IANA zone gives \+09:30/,
  ],
  "pyconuk2015-coventry-vobject-floating.ics": [/^events without DTEND or DURATION/],
  "moca2024-pescara-custom-go.ics": [/repeat another event's guid/, /VTIMEZONE property “Europe\/Rome”/],
  "lgbthistoryfestival2015-manchester-googlecal-academic.ics": [/^events without a LOCATION/],
};

const rows: string[] = [];
afterAll(() => {
  if (rows.length)
    console.log(
      [
        "| file | events in the file | sessions imported | rooms (file / imported) | time |",
        "|---|---|---|---|---|",
        ...rows,
      ].join("\n"),
    );
});

describeWithShared(folders, "every real file of ../shared/data", () => {
  const files = folders.flatMap((folder) =>
    fs
      .readdirSync(sharedPath(folder))
      .filter((f) => /\.(xml|json|ics)$/.test(f))
      .map((f) => path.join(folder, f)),
  );

  it.each(files)(
    "%s: every event and room is taken, or the summary says why, and the export validates",
    async (file) => {
      const name = path.basename(file);
      const text = fs.readFileSync(sharedPath(file), "utf8");
      const inFile = countFile(name, text);
      const t = await createTestDatabase();
      try {
        const started = performance.now();
        const parsed = parseSchedule(name, text, undefined, { timeZone: zoneOfPlace[name] });
        const summary = importSchedule(t.db, null, parsed, { trusted: true, publish: "v1" });
        const ms = Math.round(performance.now() - started);
        const slug = summary.conference.slug;
        // Differences from the file's own counts, each as the summary reports it.
        const notTaken = summary.ignored
          .filter((i) => ["icalNoStart", "sessionizeUnscheduled", "jsonMetaWithoutRoom"].includes(i.code))
          .reduce((n, i) => n + i.count, 0);
        const expanded = summary.decisions
          .filter((d) => ["recurringWithin", "recurringFirst"].includes(d.code))
          .reduce((n, d) => n + d.count, 0);
        expect(summary.created.sessions).toBe(inFile.events - notTaken + expanded);
        expect(summary.created.rooms).toBe(inFile.rooms);
        const decided = summary.decisions.map(noteInEnglish);
        for (const quirk of quirks[name] ?? [])
          expect(decided.map((d) => d.what)).toContainEqual(expect.stringMatching(quirk));
        for (const decision of decided) expect(decision.where, decision.what).toBeTruthy();

        const xml = exportConference(t.db, slug, "xml", {
          draft: false,
          origin: "https://podium.example",
          locale: "en",
          now: new Date("2030-01-01T00:00:00Z"),
        });
        if (!xml.ok) throw new Error(xml.message);
        expect(await validateScheduleXml(xml.body)).toEqual([]);
        rows.push(
          `| \`${file.replace(/^data\//, "")}\` | ${inFile.events} | ${summary.created.sessions} | ${inFile.rooms} / ${summary.created.rooms} | ${ms} ms |`,
        );
      } finally {
        t.dispose();
      }
    },
    120_000,
  );
});
