import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { importSchedule, type ImportOptions, type ImportSummary } from "@/db/interop/import-schedule";
import { conferences, sessions } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { parseSchedule } from "@/lib/interop/parse-schedule";
import { captureRows } from "./database-rows";
import { scratchWorkspace } from "./scratch-database";

// What the schedule-import tests share: one scratch workspace per file, imports as the command
// line or a viewer runs them, and the before/after comparison that says an import wrote nothing.

export const DEMO = "china-netav-2017";

/** Opens the file's scratch workspace (call at the top level of a test file) and the helpers bound to it. */
export function importTestbed() {
  const t = scratchWorkspace();
  const db = () => t.db;
  const capture = () => captureRows(db());
  function expectUnchanged(before: ReturnType<typeof capture>) {
    const after = capture();
    expect(after.counts).toEqual(before.counts);
    expect(after.rows).toEqual(before.rows);
  }
  /** Parses and imports a file as the command line does (trusted) unless a viewer is named. */
  function importFile(name: string, text: string, options: ImportOptions = {}, viewer?: Viewer | null): ImportSummary {
    const parsed = parseSchedule(name, text, {
      acronym: options.conference ?? DEMO,
      title: "Imported",
      timeZone: "Asia/Shanghai",
    });
    return importSchedule(db(), viewer ?? null, parsed, { trusted: viewer === undefined, ...options });
  }
  const sessionByGuid = (guid: string) => db().select().from(sessions).where(eq(sessions.guid, guid)).get();
  const conferenceBySlug = (slug: string) => db().select().from(conferences).where(eq(conferences.slug, slug)).get();
  return { t, db, capture, expectUnchanged, importFile, sessionByGuid, conferenceBySlug };
}

/** The format error a run stops with; a run that goes through fails the test (the interop unit tests' formatError). */
export { formatError as failureOf } from "../unit/support/schedule-document";
