import { state } from "../support/app-harness";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { releases } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { at, atPath } from "@/lib/interop/import-report";
import { refusalInEnglish } from "@/lib/interop/import-english";
import type { ImportOutcome } from "@/lib/interop/import-upload";
import type { ActionResult } from "@/lib/admin/action-result";
import { scheduleXml, uuidOf } from "../support/schedule-xml";
import { fixturePath } from "../support/shared-data";
import { roles } from "../support/workspace-fixture";
import { DEMO, importTestbed } from "../support/schedule-import-testbed";

const { importScheduleAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/import/actions");

const { t, db, capture, expectUnchanged, importFile, sessionByGuid, conferenceBySlug } = importTestbed();

// Who may import, into which conference, and the import action an organizer uploads through: its preview, its refusals, its report.

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
