import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed-demo";
import { hashPassword } from "@/lib/auth/password";
import { conferenceMemberships, users } from "@/db/schema";
import { startPodium, type PodiumServer } from "../bench/podium-server";
import type { GroupProcess } from "../bench/process-group";
import { editBurst, type EditRecord } from "./edit-burst";
import { actionId, signIn } from "./http-client";
import { editableSessions, findLost } from "./load-test";

export interface CrashReport {
  attempted: number;
  acknowledgedBeforeKill: number;
  integrity: string;
  lost: string[];
  /** The restarted server answers the public agenda and a further edit. */
  restarted: boolean;
}

/**
 * SIGKILLs the server in the middle of a burst of schedule edits, restarts it,
 * and checks that SQLite's integrity check passes and that no write the server
 * acknowledged before it died is missing.
 */
export async function runCrashTest(
  options: { root: string; edits: number; killAfter: number; organizers: number },
  started: (process: GroupProcess) => void,
): Promise<CrashReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-crash-"));
  const servers: PodiumServer[] = [];
  try {
    const file = path.join(dir, "crash.db");
    const setup = openDatabase(file);
    await migrateDatabase(setup);
    const { conferenceId } = await seedDemo(setup);
    const passwordHash = await hashPassword("podium-crash-test", 4);
    const emails = Array.from({ length: options.organizers }, (_, i) => {
      const user = setup
        .insert(users)
        .values({ email: `crash-${i}@podium.test`, passwordHash })
        .returning()
        .get();
      setup.insert(conferenceMemberships).values({ userId: user.id, conferenceId }).run();
      return user.email;
    });
    const editable = editableSessions(setup, conferenceId);
    setup.$client.close();

    const first = await startPodium(options.root, file, started);
    servers.push(first);
    const cookies = await Promise.all(emails.map((email) => signIn(first.url, email, "podium-crash-test")));
    const moveId = actionId(
      options.root,
      "app/[locale]/(workspace)/admin/[conference]/schedule/actions.ts",
      "moveSessionAction",
    );
    let acknowledged = 0;
    let killed = false;
    const records: EditRecord[] = await editBurst({
      baseURL: first.url,
      page: "/admin/china-netav-2017/schedule",
      actionId: moveId,
      cookies,
      sessions: editable,
      edits: options.edits,
      seed: 11,
      // Writes keep arriving after the kill: their answers never come, which is the point.
      shouldStop: () => killed && Math.random() < 0.5,
      onAnswer: (record) => {
        if (record.answer?.ok) acknowledged += 1;
        if (!killed && acknowledged >= options.killAfter) {
          killed = true;
          first.process.kill();
        }
      },
    });
    if (!killed) throw new Error(`the burst ended before ${options.killAfter} writes were acknowledged`);

    const check = openDatabase(file);
    let integrity: string;
    let lost: string[];
    try {
      integrity = String(check.$client.pragma("integrity_check", { simple: true }));
      lost = findLost(check, records);
    } finally {
      check.$client.close();
    }

    const second = await startPodium(options.root, file, started);
    servers.push(second);
    const agenda = await fetch(`${second.url}/china-netav-2017/agenda`, { headers: { "accept-language": "zh-CN" } });
    const reread = openDatabase(file);
    const current = editableSessions(reread, conferenceId);
    reread.$client.close();
    const again = await editBurst({
      baseURL: second.url,
      page: "/admin/china-netav-2017/schedule",
      actionId: moveId,
      cookies: [await signIn(second.url, emails[0]!, "podium-crash-test")],
      sessions: current,
      edits: 1,
    });
    return {
      attempted: records.length,
      acknowledgedBeforeKill: records.filter((r) => r.answer?.ok).length,
      integrity,
      lost,
      restarted: agenda.status === 200 && again[0]?.answer?.ok === true,
    };
  } finally {
    for (const server of servers) await server.process.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
