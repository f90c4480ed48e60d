import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importSpeakers } from "@/db/interop/import-speakers";
import { auditLog, speakers, speakerUnavailability } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { parseSpeakersCsv } from "@/lib/interop/csv-import";
import { isSpeakersCsv } from "@/lib/interop/parse-schedule";
import { scratchWorkspace } from "../support/scratch-database";

const example = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/examples/speakers.csv"), "utf8");

describe("importing the speakers CSV", () => {
  const t = scratchWorkspace();
  const speaker = (slug: string) => t.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!;

  it("is told apart from a sessions CSV by its header", () => {
    expect(isSpeakersCsv("speakers.csv", example)).toBe(true);
    expect(isSpeakersCsv("sessions.csv", "\uFEFFguid,title,start,end,room\r\n")).toBe(false);
  });

  it("refuses everyone but the conference's organizers, writing nothing", () => {
    const before = t.db.select().from(speakers).all();
    for (const role of ["forumEditor", "otherOrganizer", "speaker", "noRights", "anonymous"] as const) {
      expect(
        () => importSpeakers(t.db, t.ws.viewers[role], t.ws.conferenceId, parseSpeakersCsv(example)),
        role,
      ).toThrow(ForbiddenError);
    }
    expect(t.db.select().from(speakers).all()).toEqual(before);
  });

  it("previews, then updates the profiles by guid or slug, skipping one its speaker maintains, and is idempotent", () => {
    const wangBin = speaker("wang-bin");
    const preview = importSpeakers(t.db, t.ws.viewers.organizer, t.ws.conferenceId, parseSpeakersCsv(example), {
      dryRun: true,
    });
    const audits = t.db.select().from(auditLog).where(eq(auditLog.action, "speaker.import")).all().length;
    expect(audits).toBe(0);
    const applied = importSpeakers(t.db, t.ws.viewers.organizer, t.ws.conferenceId, parseSpeakersCsv(example));
    expect({ created: applied.created, updated: applied.updated }).toEqual({
      created: preview.created,
      updated: preview.updated,
    });
    expect(applied.updated + applied.created).toBeGreaterThan(0);
    // 王斌 maintains his own profile (the fixture links him): his row is reported, his words kept.
    expect(applied.ignored).toContainEqual(
      expect.objectContaining({ code: "csvOwnProfile", values: { name: "王斌" } }),
    );
    expect(speaker("wang-bin")).toEqual(wangBin);
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, "speaker.import")).all()).toHaveLength(
      applied.updated + applied.created,
    );
    const again = importSpeakers(t.db, t.ws.viewers.organizer, t.ws.conferenceId, parseSpeakersCsv(example));
    expect({ created: again.created, updated: again.updated }).toEqual({ created: 0, updated: 0 });
  });

  it("stores unavailability given in the conference's local time as UTC instants", () => {
    const rows = parseSpeakersCsv(
      "slug,name,unavailability\r\nwang-beibei,王蓓蓓,2017-12-01 08:00–2017-12-01 09:00 航班\r\n",
    );
    importSpeakers(t.db, t.ws.viewers.organizer, t.ws.conferenceId, rows);
    const windows = t.db
      .select()
      .from(speakerUnavailability)
      .where(eq(speakerUnavailability.speakerId, speaker("wang-beibei").id))
      .all();
    expect(windows.map((w) => [w.startsAt.toISOString(), w.endsAt.toISOString(), w.note])).toEqual([
      ["2017-12-01T00:00:00.000Z", "2017-12-01T01:00:00.000Z", "航班"],
    ]);
  });
});
