import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { auditLog, conferenceMemberships, conferences, forums, sessions, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { generateConferenceInto } from "@/db/bench/generate";
import type { ActionResult } from "@/lib/admin/action-result";
import { hashPassword } from "@/lib/auth/password";
import { startPodium, type PodiumServer } from "../bench/podium-server";
import type { GroupProcess } from "../bench/process-group";
import { editBurst, lastAcknowledged, type EditableSession, type EditRecord } from "./edit-burst";
import { actionId, callFormAction, signIn } from "./http-client";

export interface LoadOptions {
  root: string;
  seconds: number;
  connections: number;
  edits: number;
  organizers: number;
  /** The generated 1,000-session conference (long form) or the demo (short form). */
  scale: boolean;
}

export interface LoadReport {
  publicRequests: number;
  publicNon2xx: number;
  publicErrors: number;
  edits: {
    attempted: number;
    acknowledged: number;
    conflicts: number;
    otherRefusals: EditRecord[];
    serverErrors: EditRecord[];
  };
  /** Acknowledged writes not found in the database: must be empty. */
  lost: string[];
  /** After publishing through the server, sessions whose public page does not show the final time: must be empty. */
  stalePages: string[];
  seconds: number;
}

const PASSWORD = "podium-load-test";

/**
 * Public traffic at `connections` for `seconds` while `organizers` signed-in
 * clients move sessions through the real server action; then checks that every
 * acknowledged edit is in the database, every refusal was a conflict, nothing
 * answered 5xx, and the public pages show the final state once published.
 */
export async function runLoadTest(options: LoadOptions, started: (process: GroupProcess) => void): Promise<LoadReport> {
  const began = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-load-"));
  let server: PodiumServer | null = null;
  try {
    const file = path.join(dir, "load.db");
    const setup = openDatabase(file);
    await migrateDatabase(setup);
    const conference = options.scale ? await scaleConference(setup) : await demoConference(setup);
    const emails = await organizerAccounts(setup, conference.id, options.organizers);
    const editable = editableSessions(setup, conference.id);
    setup.$client.close();

    server = await startPodium(options.root, file, started);
    const baseURL = server.url;
    const cookies = await Promise.all(emails.map((email) => signIn(baseURL, email, PASSWORD)));
    const schedulePage = `/admin/${conference.slug}/schedule`;
    const moveId = actionId(
      options.root,
      "app/[locale]/(workspace)/admin/[conference]/schedule/actions.ts",
      "moveSessionAction",
    );

    const publicPaths = [
      `/${conference.slug}/agenda?day=${conference.startDate}`,
      `/${conference.slug}`,
      ...editable.slice(0, 20).map((s) => `/${conference.slug}/sessions/${s.guid}`),
    ];
    const traffic = autocannon({
      url: baseURL,
      connections: options.connections,
      duration: options.seconds,
      headers: { "accept-encoding": "gzip, br", "accept-language": "zh-CN" },
      requests: publicPaths.map((p) => ({ method: "GET" as const, path: p })),
    });
    const records = await editBurst({
      baseURL,
      page: schedulePage,
      actionId: moveId,
      cookies,
      sessions: editable,
      edits: options.edits,
      seed: 7,
    });
    const load = await traffic;

    // Publish through the server, as an organizer does; the public pages must follow.
    const publishId = actionId(
      options.root,
      "app/[locale]/(workspace)/admin/[conference]/publish/actions.ts",
      "publishAction",
    );
    const published = await callFormAction<ActionResult>(
      baseURL,
      `/admin/${conference.slug}/publish`,
      publishId,
      { status: "idle" },
      { version: `load-${Date.now()}`, $conference: conference.slug },
      cookies[0]!,
    );
    if (published.value?.status !== "saved")
      throw new Error(`publishing after the load failed: ${JSON.stringify(published.value)}`);

    const check = openDatabase(file);
    try {
      const lost = findLost(check, records);
      const stalePages = await findStalePages(baseURL, conference.slug, check, records);
      const refused = records.filter((r) => r.answer && !r.answer.ok);
      return {
        publicRequests: load.requests.total,
        publicNon2xx: load.non2xx,
        publicErrors: load.errors + load.timeouts,
        edits: {
          attempted: records.length,
          acknowledged: records.filter((r) => r.answer?.ok).length,
          conflicts: refused.filter(
            (r) => r.answer && !r.answer.ok && r.answer.code === "stale" && Array.isArray(r.answer.changesSince),
          ).length,
          otherRefusals: refused.filter((r) => r.answer && !r.answer.ok && r.answer.code !== "stale"),
          serverErrors: records.filter((r) => r.status >= 500 || r.error !== undefined || r.answer === null),
        },
        lost,
        stalePages,
        seconds: Math.round((performance.now() - began) / 1000),
      };
    } finally {
      check.$client.close();
    }
  } finally {
    await server?.process.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function scaleConference(db: Db) {
  const { conferenceId } = await generateConferenceInto(db, { publish: true });
  return db.select().from(conferences).where(eq(conferences.id, conferenceId)).get()!;
}

async function demoConference(db: Db) {
  const { conferenceId } = await seedDemo(db);
  return db.select().from(conferences).where(eq(conferences.id, conferenceId)).get()!;
}

async function organizerAccounts(db: Db, conferenceId: number, count: number): Promise<string[]> {
  const passwordHash = await hashPassword(PASSWORD, 4);
  return Array.from({ length: count }, (_, i) => {
    const email = `load-organizer-${i + 1}@podium.test`;
    const user = db
      .insert(users)
      .values({ email, name: `Load organizer ${i + 1}`, passwordHash })
      .returning()
      .get();
    db.insert(conferenceMemberships).values({ userId: user.id, conferenceId }).run();
    return email;
  });
}

export function editableSessions(db: Db, conferenceId: number): Array<EditableSession & { guid: string }> {
  return db
    .select({
      id: sessions.id,
      guid: sessions.guid,
      version: sessions.version,
      roomId: sessions.roomId,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
    })
    .from(sessions)
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .where(
      and(
        eq(forums.conferenceId, conferenceId),
        eq(sessions.status, "confirmed"),
        isNotNull(sessions.startsAt),
        isNotNull(sessions.roomId),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .all()
    .map((s) => ({ ...s, startsAt: s.startsAt!.toISOString(), endsAt: s.endsAt!.toISOString() }));
}

/** Every acknowledged write has its audit entry, and each session holds its last acknowledged write. */
export function findLost(db: Db, records: readonly EditRecord[]): string[] {
  const lost: string[] = [];
  for (const r of records) {
    if (!r.answer?.ok) continue;
    const version = r.answer.version;
    const audited = db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, "session"),
          eq(auditLog.entityId, String(r.sessionId)),
          sql`json_extract(${auditLog.details}, '$.version') = ${version}`,
        ),
      )
      .get();
    if (!audited)
      lost.push(`session ${r.sessionId} v${version}: acknowledged, but no write of that version in the log`);
  }
  for (const [sessionId, r] of lastAcknowledged(records)) {
    const row = db.select().from(sessions).where(eq(sessions.id, sessionId)).get();
    if (!row) lost.push(`session ${sessionId}: gone`);
    else if (row.version < r.answer.version)
      lost.push(`session ${sessionId}: at v${row.version}, v${r.answer.version} was acknowledged`);
    else if (
      row.version === r.answer.version &&
      (row.startsAt?.toISOString() !== r.startsAt || row.endsAt?.toISOString() !== r.endsAt)
    ) {
      lost.push(
        `session ${sessionId} v${row.version}: holds ${row.startsAt?.toISOString()}, ${r.startsAt} was acknowledged`,
      );
    }
  }
  return lost;
}

/** The published session pages (through the API, as bytes any client sees) show each edited session's final time. */
async function findStalePages(
  baseURL: string,
  slug: string,
  db: Db,
  records: readonly EditRecord[],
): Promise<string[]> {
  const stale: string[] = [];
  for (const sessionId of new Set(records.filter((r) => r.answer?.ok).map((r) => r.sessionId))) {
    const row = db
      .select({ guid: sessions.guid, startsAt: sessions.startsAt })
      .from(sessions)
      .where(eq(sessions.id, sessionId))
      .get()!;
    const res = await fetch(`${baseURL}/api/v1/conferences/${slug}/sessions/${row.guid}`);
    const body = (await res.json()) as { data?: { startsAt?: string } };
    if (body.data?.startsAt !== row.startsAt!.toISOString())
      stale.push(`session ${sessionId}: public ${body.data?.startsAt}, database ${row.startsAt!.toISOString()}`);
  }
  return stale;
}
