import "../support/app-harness";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type ImportSummary } from "@/db/interop/import-schedule";
import { forums, releases, sessionPeople, sessions, speakers } from "@/db/schema";
import { searchRelease } from "@/db/search/search-release";
import { noteInEnglish } from "@/lib/interop/import-english";
import { lineOf, scheduleXml, uuidOf, type EventSpec } from "../support/schedule-xml";
import { failureOf, importTestbed } from "../support/schedule-import-testbed";

const { db, capture, expectUnchanged, importFile, sessionByGuid, conferenceBySlug } = importTestbed();

describe("a file the import must not take stops everything and writes nothing", () => {
  const good: EventSpec = { id: 1101, at: "2030-02-01T10:00", title: "A good talk", persons: [[1, "Ada Lovelace"]] };
  const csvHeader = "guid,title,start,end,room,forum,forum_name,speakers";

  const cases: Array<{ name: string; file: string; text: string; where: (text: string) => string; message: RegExp }> = [
    {
      name: "an unreadable duration",
      file: "strict.xml",
      text: scheduleXml("strict-2030", [
        good,
        { id: 1102, at: "2030-02-01T11:00", duration: "half an hour", title: "Endless" },
      ]),
      where: (text) => `event 1102 (day 1, room Hall A, line ${lineOf(text, 'event id="1102"')})`,
      message: /Unreadable duration "half an hour"/,
    },
    {
      name: "an event without a start",
      file: "strict.xml",
      text: scheduleXml("strict-2030", [good, { id: 1103, title: "Whenever" }]),
      where: (text) => `event 1103 (day 1, room Hall A, line ${lineOf(text, 'event id="1103"')})`,
      message: /Event without a usable start/,
    },
    {
      name: "malformed XML",
      file: "strict.xml",
      text: scheduleXml("strict-2030", [good, { id: 1104, at: "2030-02-01T12:00", title: "Unclosed" }]).replace(
        "<title>Unclosed</title>",
        "<title>Unclosed</titel>",
      ),
      where: (text) => `line ${lineOf(text, "</titel>")}`,
      message: /^Malformed XML/,
    },
    {
      name: "malformed JSON",
      file: "strict.json",
      text: '{"schedule": {\n  "version": "1",\n  "conference": {"acronym": "strict-2030", "title": "x",}\n}}',
      where: () => "line 3, column 57 (position 89)",
      message: /^Malformed JSON/,
    },
    {
      name: "a CSV row that ends before it starts",
      file: "strict.csv",
      text: `${csvHeader}\n,A good talk,2017-12-02 09:00,2017-12-02 09:30,分论坛一厅,web-drama-summit,,王斌\n,Backwards,2017-12-02 11:00,2017-12-02 10:00,分论坛一厅,web-drama-summit,,王斌\n`,
      where: () => "line 3, column end",
      message: /the end 2017-12-02 10:00 is not after the start 2017-12-02 11:00/,
    },
  ];

  it.each(cases)("$name: ScheduleFormatError naming the place", ({ file, text, where, message }) => {
    const before = capture();
    const error = failureOf(() => importFile(file, text));
    expect(error.where).toBe(where(text));
    expect(error.message).toMatch(message);
    expectUnchanged(before);
  });

  it("a failure after writing a new conference rolls back the conference, its rooms, speakers and sessions", () => {
    const text = scheduleXml("rollback-2030", [
      { id: 1201, at: "2030-02-01T10:00", title: "Written first", persons: [[1, "Ada Lovelace"]] },
      { id: 1202, at: "2030-02-01T11:00", title: "Written second" },
    ]);
    const before = capture();
    // The release name is checked last, when every row has been written.
    const error = failureOf(() => importFile("rollback.xml", text, { publish: "v".repeat(41) }));
    expect(error.where).toBe("--version");
    expectUnchanged(before);
    expect(conferenceBySlug("rollback-2030")).toBeUndefined();
  });

  it("a failure in the middle of re-importing rolls back the updates made before it", () => {
    const first: EventSpec = {
      id: 1301,
      at: "2030-02-01T10:00",
      title: "Before the edit",
      persons: [[1, "Ada Lovelace"]],
    };
    importFile("rollback.xml", scheduleXml("rollback-2031", [first]));
    const edited = scheduleXml("rollback-2031", [
      { ...first, title: "After the edit", room: "Hall Z" },
      { id: 1302, at: "2030-02-01T11:00", title: "Added" },
    ]);
    const before = capture();
    expect(failureOf(() => importFile("rollback.xml", edited, { publish: "v".repeat(41) })).where).toBe("--version");
    expectUnchanged(before);
    expect(sessionByGuid(uuidOf(1301))).toMatchObject({ title: "Before the edit", version: 1 });
  });
});

describe("dry run", () => {
  it("reports what the import then does, to the count, and writes nothing", () => {
    const text = scheduleXml("dryrun-2030", [
      { id: 1401, at: "2030-02-01T10:00", title: "Opening", track: "Main", persons: [[1, "Ada Lovelace"]] },
      {
        id: 1402,
        at: "2030-02-01T11:00",
        room: "Hall B",
        title: "Compilers",
        track: "Languages",
        persons: [
          [2, "Grace Hopper"],
          [1, "Ada Lovelace"],
        ],
      },
      { id: 1403, at: "2030-02-02T10:00", title: "Closing", track: "Main", persons: [[3, "Alan Turing"]] },
    ]);
    const before = capture();
    const dry = importFile("dry.xml", text, { dryRun: true, publish: "v1" });
    expect(dry.dryRun).toBe(true);
    expectUnchanged(before);

    const real = importFile("dry.xml", text, { publish: "v1" });
    expect(real.dryRun).toBe(false);
    expect(real.created).toEqual({ rooms: 2, tracks: 2, forums: 3, speakers: 3, sessions: 3 });
    const outcome = (s: ImportSummary) => ({
      conference: s.conference,
      created: s.created,
      updated: s.updated,
      unchanged: s.unchanged,
      release: s.release,
      ignored: s.ignored,
      notes: s.notes,
    });
    expect(outcome(dry)).toEqual(outcome(real));
  });
});

describe("re-import after the file was edited", () => {
  const v1: EventSpec[] = [
    { id: 1501, at: "2030-03-01T10:00", title: "Old title", persons: [[11, "Ada Lovelace"]] },
    { id: 1502, at: "2030-03-01T11:00", title: "Moving talk", persons: [[12, "Grace Hopper"]] },
    { id: 1503, at: "2030-03-01T12:00", title: "Growing panel", persons: [[13, "Alan Turing"]] },
    { id: 1504, at: "2030-03-01T10:00", room: "Hall B", title: "Steady one", persons: [[14, "Edsger Dijkstra"]] },
    { id: 1505, at: "2030-03-01T11:00", room: "Hall B", title: "Steady two", persons: [[15, "Barbara Liskov"]] },
  ];
  const v2: EventSpec[] = [
    { ...v1[0]!, title: "New title" },
    { ...v1[1]!, at: "2030-03-01T15:00" },
    {
      ...v1[2]!,
      persons: [
        [13, "Alan Turing"],
        [14, "Edsger Dijkstra"],
      ],
    },
    v1[3]!,
    v1[4]!,
  ];

  it("updates exactly the edited sessions in place, bumps their version and creates nothing", () => {
    importFile("edit.xml", scheduleXml("reimport-2030", v1));
    const guids = v1.map((e) => uuidOf(e.id));
    const before = new Map(guids.map((g) => [g, sessionByGuid(g)!]));

    const text = scheduleXml("reimport-2030", v2);
    const preview = importFile("edit.xml", text, { dryRun: true });
    const summary = importFile("edit.xml", text);
    for (const s of [preview, summary]) {
      expect(s.created).toEqual({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });
      expect(s.updated).toEqual({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 3 });
      expect(s.unchanged.sessions).toBe(2);
    }

    const after = new Map(guids.map((g) => [g, sessionByGuid(g)!]));
    expect([...after.values()].map((s) => s.id)).toEqual([...before.values()].map((s) => s.id));
    expect(Object.fromEntries([...after].map(([g, s]) => [g, s.version - before.get(g)!.version]))).toEqual(
      Object.fromEntries(guids.map((g, i) => [g, i < 3 ? 1 : 0])),
    );
    expect(after.get(uuidOf(1501))!.title).toBe("New title");
    expect(after.get(uuidOf(1502))!.startsAt).toEqual(new Date("2030-03-01T14:00:00Z"));
    expect(after.get(uuidOf(1502))!.endsAt).toEqual(new Date("2030-03-01T14:30:00Z"));
    const people = db()
      .select({ name: speakers.name })
      .from(sessionPeople)
      .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
      .where(eq(sessionPeople.sessionId, after.get(uuidOf(1503))!.id))
      .orderBy(sessionPeople.position)
      .all();
    expect(people.map((p) => p.name)).toEqual(["Alan Turing", "Edsger Dijkstra"]);
    const conferenceId = conferenceBySlug("reimport-2030")!.id;
    const forumIds = db()
      .select({ id: forums.id })
      .from(forums)
      .where(eq(forums.conferenceId, conferenceId))
      .all()
      .map((f) => f.id);
    expect(db().select().from(sessions).where(inArray(sessions.forumId, forumIds)).all()).toHaveLength(5);
  });
});

describe("tolerance of what real files add or leave out", () => {
  it("imports a file with unknown elements and no <version>, and lists what it skipped", () => {
    const recording = "<recording><license>CC BY 4.0</license><optout>false</optout></recording>";
    const text = scheduleXml(
      "tolerant-2030",
      [
        { id: 1601, at: "2030-04-01T10:00", title: "Recorded", extra: recording },
        { id: 1602, at: "2030-04-01T11:00", title: "Also recorded", extra: recording },
      ],
      { version: false, conferenceExtra: "<timeslot_duration>00:05</timeslot_duration>" },
    );
    const summary = importFile("tolerant.xml", text);
    expect(summary.created.sessions).toBe(2);
    expect(sessionByGuid(uuidOf(1602))!.title).toBe("Also recorded");
    const ignored = summary.ignored.map(noteInEnglish);
    expect(ignored).toEqual(
      expect.arrayContaining([
        {
          what: "element <recording> in <event>",
          where: `event 1601 (line ${lineOf(text, 'event id="1601"')})`,
          count: 2,
        },
        expect.objectContaining({ what: "element <timeslot_duration> in <conference>", count: 1 }),
      ]),
    );
    expect(ignored.map((i) => i.what).join("\n")).not.toMatch(/version/);
  });
});

describe("publishing with the import", () => {
  const events: EventSpec[] = [
    { id: 1701, at: "2030-05-01T10:00", title: "Quantum Gardening for Beginners", persons: [[21, "Ada Lovelace"]] },
    { id: 1702, at: "2030-05-01T11:00", title: "Compost Networks", persons: [[22, "Grace Hopper"]] },
  ];

  it("publishes a release of that name, makes the new conference public and searchable", async () => {
    const summary = importFile("publish.xml", scheduleXml("publish-2030", events), { publish: "v1" });
    expect(summary.release).toBe("v1");
    const conference = conferenceBySlug("publish-2030")!;
    expect(conference.published).toBe(true);
    expect(
      db().select({ version: releases.version }).from(releases).where(eq(releases.conferenceId, conference.id)).all(),
    ).toEqual([{ version: "v1" }]);
    const found = await searchRelease(db(), "publish-2030", "gardening");
    expect(found.status).toBe("ok");
    expect(found.release?.version).toBe("v1");
    expect(found.sessions.map((s) => s.guid)).toEqual([uuidOf(1701)]);
  });

  it("refuses a release name the conference already has, and writes nothing", () => {
    const edited = scheduleXml("publish-2030", [events[0]!, { ...events[1]!, title: "Compost Networks, revised" }]);
    const before = capture();
    const error = failureOf(() => importFile("publish.xml", edited, { publish: "v1" }));
    expect(error.where).toBe("--publish");
    expect(error.message).toMatch(/a release named v1 already exists/);
    expectUnchanged(before);
    expect(sessionByGuid(uuidOf(1702))!.title).toBe("Compost Networks");
  });

  it("leaves an existing conference as private as it was", async () => {
    const text = scheduleXml("private-2030", [{ id: 1801, at: "2030-06-01T10:00", title: "Hydroponic Databases" }]);
    importFile("private.xml", text);
    expect(conferenceBySlug("private-2030")!.published).toBe(false);
    const summary = importFile("private.xml", text, { publish: "v1" });
    expect(summary.release).toBe("v1");
    const conference = conferenceBySlug("private-2030")!;
    expect(conference.published).toBe(false);
    expect(
      db()
        .select()
        .from(releases)
        .where(and(eq(releases.conferenceId, conference.id), eq(releases.version, "v1")))
        .get(),
    ).toBeDefined();
    expect((await searchRelease(db(), "private-2030", "hydroponic")).status).toBe("no-release");
  });
});
