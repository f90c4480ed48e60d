import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { importSchedule, type ImportOptions, type ImportSummary } from "@/db/interop/import-schedule";
import { conferences, forums, releases, rooms, sessionPeople, sessions, speakers } from "@/db/schema";
import { searchRelease } from "@/db/search/search-release";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { parseSchedule } from "@/lib/interop/parse-schedule";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { noteInEnglish } from "@/lib/interop/import-english";
import { at, atPath } from "@/lib/interop/import-report";
import { refusalInEnglish } from "@/lib/interop/import-english";
import type { ImportOutcome } from "@/lib/interop/import-upload";
import type { ActionResult } from "@/lib/admin/action-result";
import { captureRows } from "../support/database-rows";
import { lineOf, scheduleXml, uuidOf, type EventSpec } from "../support/schedule-xml";
import { fixturePath } from "../support/shared-data";
import { roles } from "../support/workspace-fixture";

const { importScheduleAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/import/actions");

const DEMO = "china-netav-2017";

const t = scratchWorkspace();
const db = () => t.db;

const capture = () => captureRows(db());
function expectUnchanged(before: ReturnType<typeof capture>) {
  const after = capture();
  expect(after.counts).toEqual(before.counts);
  expect(after.rows).toEqual(before.rows);
}

/** Parses and imports a file as the command line does (trusted) unless an viewer is named. */
function importFile(name: string, text: string, options: ImportOptions = {}, viewer?: Viewer | null): ImportSummary {
  const parsed = parseSchedule(name, text, {
    acronym: options.conference ?? DEMO,
    title: "Imported",
    timeZone: "Asia/Shanghai",
  });
  return importSchedule(db(), viewer ?? null, parsed, { trusted: viewer === undefined, ...options });
}

function failureOf(run: () => unknown): ScheduleFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleFormatError) return error;
    throw error;
  }
  throw new Error("the import went through");
}

const sessionByGuid = (guid: string) => db().select().from(sessions).where(eq(sessions.guid, guid)).get();
const conferenceBySlug = (slug: string) => db().select().from(conferences).where(eq(conferences.slug, slug)).get();

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

describe("the CSV template into the demo conference", () => {
  it("creates its sessions in the forums the file names, at the right UTC instants, and only once", () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/examples/sessions.csv"), "utf8");
    const parsed = parseSchedule("sessions.csv", text, {
      acronym: DEMO,
      title: "第五届中国网络视听大会",
      timeZone: "Asia/Shanghai",
    });
    const existing = new Set(
      db()
        .select({ id: sessions.id })
        .from(sessions)
        .all()
        .map((s) => s.id),
    );
    const summary = importSchedule(db(), t.ws.viewers.organizer, parsed, {});
    expect(summary.conference).toEqual({ slug: DEMO, created: false });
    expect(summary.created).toMatchObject({ rooms: 0, tracks: 0, forums: 0, sessions: 5 });
    // People named without an id are the speakers of that name already at the conference.
    expect(summary.created.speakers).toBe(0);

    const created = db()
      .select({
        id: sessions.id,
        guid: sessions.guid,
        title: sessions.title,
        forum: forums.slug,
        conferenceId: forums.conferenceId,
        room: rooms.name,
        startsAt: sessions.startsAt,
        endsAt: sessions.endsAt,
        status: sessions.status,
      })
      .from(sessions)
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .innerJoin(rooms, eq(rooms.id, sessions.roomId))
      .orderBy(sessions.id)
      .all()
      .filter((s) => !existing.has(s.id));
    const row = (s: (typeof created)[number]) => [
      s.title,
      s.forum,
      s.room,
      s.startsAt!.toISOString(),
      s.endsAt!.toISOString(),
      s.status,
    ];
    expect(created.map(row)).toEqual([
      ["开幕式", "opening-ceremony", "主会场", "2017-11-29T01:00:00.000Z", "2017-11-29T02:00:00.000Z", "confirmed"],
      [
        "推原创之波，助精品之澜",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T01:00:00.000Z",
        "2017-12-01T01:30:00.000Z",
        "confirmed",
      ],
      [
        "新时代网剧的当下与未来",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T01:30:00.000Z",
        "2017-12-01T01:50:00.000Z",
        "confirmed",
      ],
      [
        "IP的跨平台运营",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T02:50:00.000Z",
        "2017-12-01T03:30:00.000Z",
        "confirmed",
      ],
      [
        "网络剧推介会",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T04:10:00.000Z",
        "2017-12-01T04:30:00.000Z",
        "cancelled",
      ],
    ]);
    expect(created.every((s) => s.conferenceId === t.ws.conferenceId)).toBe(true);
    expect(created[1]!.guid).toBe("5b2f0c1e-7a3d-4e8b-9f61-2c4d8e0a1b37");
    const panel = db()
      .select({ name: speakers.name, role: sessionPeople.role })
      .from(sessionPeople)
      .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
      .where(eq(sessionPeople.sessionId, created[3]!.id))
      .orderBy(sessionPeople.position)
      .all();
    expect(panel).toEqual([
      { name: "李霞", role: "moderator" },
      { name: "王沁", role: "panelist" },
      { name: "冯伟", role: "panelist" },
      { name: "黄硕", role: "panelist" },
      { name: "高文韬", role: "panelist" },
    ]);

    const again = importSchedule(db(), t.ws.viewers.organizer, parsed, {});
    expect(again.created).toEqual({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });
    expect(again.updated).toEqual({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });
    expect(again.unchanged.sessions).toBe(5);
  });
});

/** What an upload came to: the refusal of the file, or the summary of the import. */
const refusalOf = (result: ActionResult<ImportOutcome>) =>
  result.data && "refusal" in result.data ? result.data.refusal : undefined;
const summaryOf = (result: ActionResult<ImportOutcome>) => {
  if (!result.data || !("summary" in result.data)) throw new Error(`no summary: ${JSON.stringify(result)}`);
  return result.data.summary;
};

describe("who may import", () => {
  const intoDemo = scheduleXml("anything", [
    { id: 1901, at: "2017-12-02T10:00", room: "Auth Hall", title: "Imported by permission" },
  ]);
  const throughAction = scheduleXml("anything", [
    { id: 1902, at: "2017-12-02T11:00", room: "Action Hall", title: "Uploaded by permission" },
  ]);
  const form = (fields: Record<string, string | File>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };
  const upload = (file: File, fields: Record<string, string> = {}) =>
    importScheduleAction({ status: "idle" }, form({ $conference: DEMO, file, intent: "apply", ...fields }));
  const xmlFile = (text: string, name = "programme.xml") => new File([text], name, { type: "application/xml" });

  for (const role of roles) {
    it(`import into the demo conference: ${role} → ${["admin", "organizer"].includes(role) ? "allowed" : "forbidden"}`, () => {
      const viewer = t.ws.viewers[role];
      const before = capture();
      if (["admin", "organizer"].includes(role)) {
        expect(importFile("demo.xml", intoDemo, { conference: DEMO }, viewer).conference).toEqual({
          slug: DEMO,
          created: false,
        });
        expect(sessionByGuid(uuidOf(1901))).toBeDefined();
      } else {
        expect(() => importFile("demo.xml", intoDemo, { conference: DEMO }, viewer)).toThrow(ForbiddenError);
        expectUnchanged(before);
      }
    });

    it(`create a conference by import: ${role} → ${role === "admin" ? "allowed" : "forbidden"}`, () => {
      const slug = `made-by-${role.toLowerCase()}`;
      const text = scheduleXml(slug, [
        { id: 2000 + roles.indexOf(role), at: "2030-07-01T10:00", title: `New by ${role}` },
      ]);
      const before = capture();
      if (role === "admin") {
        expect(importFile("new.xml", text, {}, t.ws.viewers[role]).conference).toEqual({ slug, created: true });
        expect(conferenceBySlug(slug)).toBeDefined();
      } else {
        expect(() => importFile("new.xml", text, {}, t.ws.viewers[role])).toThrow(ForbiddenError);
        expectUnchanged(before);
      }
    });

    it(`upload through the import action: ${role} → ${["admin", "organizer"].includes(role) ? "allowed" : "forbidden"}`, async () => {
      state.viewer = t.ws.viewers[role];
      const before = capture();
      const result = await upload(xmlFile(throughAction));
      if (["admin", "organizer"].includes(role)) {
        expect(result).toMatchObject({
          status: "saved",
          data: { fileName: "programme.xml", events: 1, summary: { dryRun: false, conference: { slug: DEMO } } },
        });
        expect(sessionByGuid(uuidOf(1902))).toBeDefined();
        expect(
          db()
            .$client.prepare(
              "select action, user_id as userId, conference_id as conferenceId from audit_log order by id desc limit 1",
            )
            .get(),
        ).toEqual({
          action: "schedule.import",
          userId: t.ws.viewers[role]!.userId,
          conferenceId: t.ws.conferenceId,
        });
      } else {
        expect(result).toMatchObject({ status: "error", problem: { code: "forbidden" } });
        expectUnchanged(before);
      }
    });
  }

  describe("the import action", () => {
    beforeAll(() => {
      state.viewer = t.ws.viewers.organizer;
    });

    it("previews as a dry run and writes nothing", async () => {
      const text = scheduleXml("anything", [
        { id: 2101, at: "2017-12-02T14:00", room: "Preview Hall", title: "Only previewed" },
        { id: 2102, at: "2017-12-02T15:00", room: "Preview Hall", title: "Also only previewed" },
      ]);
      const before = capture();
      const result = await importScheduleAction(
        { status: "idle" },
        form({ $conference: DEMO, file: xmlFile(text), intent: "preview", publish: "on", version: "v9" }),
      );
      expect(result).toMatchObject({
        status: "saved",
        data: { events: 2, summary: { dryRun: true, release: null, created: { rooms: 1, sessions: 2 } } },
      });
      expectUnchanged(before);
    });

    it("reads no byte of a file a forum editor uploads: the organizer check comes first", async () => {
      let read = false;
      class Watched extends File {
        override arrayBuffer() {
          read = true;
          return super.arrayBuffer();
        }
      }
      state.viewer = t.ws.viewers.forumEditor;
      try {
        const result = await importScheduleAction(
          { status: "idle" },
          form({
            $conference: DEMO,
            file: new Watched(["title,start,room\n"], "sessions.csv", { type: "text/csv" }),
            intent: "preview",
          }),
        );
        expect(result).toMatchObject({ status: "error", problem: { code: "forbidden" } });
        expect(read).toBe(false);
      } finally {
        state.viewer = t.ws.viewers.organizer;
      }
    });

    it("refuses a 2 MB cell of “[” at its line, in the viewer's words, without stalling", async () => {
      const cell = "[".repeat(2 * 1024 * 1024);
      const csv = `title,start,end,room,speakers\nOpening,2017-12-02 09:00,2017-12-02 10:00,Main,"${cell}"\n`;
      const started = performance.now();
      const result = await importScheduleAction(
        { status: "idle" },
        form({ $conference: DEMO, file: new File([csv], "sessions.csv", { type: "text/csv" }), intent: "preview" }),
      );
      expect(refusalOf(result)).toEqual({ code: "csvTooLong", values: { max: 200_000 }, at: [at.line(2)] });
      // The organizer reads it in their language; the words come from the code.
      expect(refusalInEnglish(refusalOf(result)!)).toBe("a cell or row is longer than 200,000 characters (line 2)");
      // A generous bound: backtracking over such a cell took minutes; reading it takes milliseconds.
      expect(performance.now() - started).toBeLessThan(5_000);
      const under = `title,start,end,room,speakers\nOpening,2017-12-02 09:00,2017-12-02 10:00,Main,"${"[".repeat(40_000)}"\n`;
      const quick = await importScheduleAction(
        { status: "idle" },
        form({ $conference: DEMO, file: new File([under], "sessions.csv", { type: "text/csv" }), intent: "preview" }),
      );
      expect(refusalInEnglish(refusalOf(quick)!)).toMatch(
        /cannot read .*; write Name \[role\] \(line 2, column speakers\)/,
      );
    });

    it("reads a calendar without zones in the conference's zone, offers the picker, and takes the zone picked", async () => {
      const ics = fs.readFileSync(fixturePath("schedules/pyconuk2015-coventry-vobject-floating.ics"));
      const before = capture();
      const preview = (fields: Record<string, string> = {}) =>
        importScheduleAction(
          { status: "idle" },
          form({
            $conference: DEMO,
            file: new File([ics], "schedule.ics", { type: "text/calendar" }),
            intent: "preview",
            ...fields,
          }),
        );
      const first = await preview();
      expect(first).toMatchObject({
        status: "saved",
        data: { timeZone: "Asia/Shanghai", summary: { dryRun: true, created: { sessions: 159 } } },
      });
      expect(summaryOf(first).decisions).toContainEqual(
        expect.objectContaining({ code: "conferenceZone", values: { zone: "Asia/Shanghai" } }),
      );
      const picked = await preview({ timeZone: "Europe/London" });
      expect(picked).toMatchObject({ status: "saved", data: { timeZone: "Europe/London" } });
      expect(summaryOf(picked).decisions.map((d) => d.code)).not.toContain("conferenceZone");
      expect(await preview({ timeZone: "Mars/Olympus" })).toMatchObject({
        status: "error",
        fields: { timeZone: { code: "invalidTimeZone" } },
      });
      // A file that declares its zone needs no picker.
      expect(
        (
          await importScheduleAction(
            { status: "idle" },
            form({
              $conference: DEMO,
              file: xmlFile(scheduleXml("anything", [{ id: 2301, at: "2017-12-02T16:00", title: "Zoned" }])),
              intent: "preview",
            }),
          )
        ).data,
      ).not.toHaveProperty("timeZone");
      expectUnchanged(before);
    });

    it("refuses a file above 5 MB beside the file field", async () => {
      const before = capture();
      const result = await upload(new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20)], "huge.xml"));
      expect(result).toMatchObject({
        status: "error",
        fields: { file: { code: "fileTooLarge", values: { size: "5.0", max: 5 } } },
      });
      expectUnchanged(before);
    });

    it("refuses a file that is not UTF-8 (a GBK CSV from Excel) beside the file field", async () => {
      // 开幕式 in GBK, as Excel's plain "CSV" writes it on Chinese Windows.
      const gbk = Buffer.concat([
        Buffer.from("title,start,end,room\n"),
        Buffer.from([0xbf, 0xaa, 0xc4, 0xbb, 0xca, 0xbd]),
        Buffer.from(",2017-11-29 09:00,2017-11-29 10:00,Main\n"),
      ]);
      const before = capture();
      const result = await upload(new File([gbk], "sessions.csv", { type: "text/csv" }));
      expect(result.status).toBe("error");
      expect(refusalOf(result)?.code).toBe("notUtf8Csv");
      expectUnchanged(before);
    });

    it("refuses to publish under a release name the conference already has, beside the file field, writing nothing", async () => {
      const text = scheduleXml("anything", [
        { id: 2201, at: "2017-12-02T16:00", room: "Release Hall", title: "Would be published" },
      ]);
      const existing = db()
        .select({ version: releases.version })
        .from(releases)
        .where(eq(releases.conferenceId, t.ws.conferenceId))
        .get()!.version;
      const before = capture();
      const result = await upload(xmlFile(text), { publish: "on", version: existing });
      expect(result.status).toBe("error");
      expect(refusalOf(result)).toEqual({
        code: "releaseNameTaken",
        values: { version: existing },
        at: atPath("--publish"),
      });
      expectUnchanged(before);
    });
  });
});
