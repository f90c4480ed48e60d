import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { insertReleaseInTransaction } from "@/db/releases/publish";
import { conferences, speakers, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { enqueueSpeakerUpdated } from "@/db/webhooks/enqueue";
import { newSigningKey } from "@/lib/webhooks/secret";
import { startPodium, type PodiumServer } from "../../scripts/bench/podium-server";
import type { GroupProcess } from "../../scripts/bench/process-group";
import { startReceiver } from "../support/webhook-receiver";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

// The real server as a child process, with a receiver on loopback (hence WEBHOOKS_ALLOW_PRIVATE)
// and short retries: deliveries queued while the receiver is down or while the server is frozen
// and then SIGKILLed all arrive after a restart, each exactly once, signed.
describe("webhook deliveries across a SIGKILL of the server", () => {
  const started: GroupProcess[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-webhooks-"));
  const file = path.join(dir, "webhooks.db");
  afterAll(async () => {
    for (const p of started) await p.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const withDb = <T>(fn: (db: Db) => T): T => {
    const db = openDatabase(file);
    try {
      return fn(db);
    } finally {
      db.$client.close();
    }
  };
  const deliveries = () => withDb((db) => db.select().from(webhookDeliveries).all());
  async function until(what: string, ok: () => boolean, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  // What `npm run import -- --publish` and a speaker's own edit on /me write: the event is queued in their transaction.
  const publish = (conferenceId: number, version: string) =>
    withDb((db) => insertReleaseInTransaction(db, { conferenceId, version, userId: null }));
  const editOwnProfile = (speakerId: number, position: string) =>
    withDb((db) =>
      db.transaction((tx) => {
        tx.update(speakers).set({ position }).where(eq(speakers.id, speakerId)).run();
        return enqueueSpeakerUpdated(tx, speakerId, new Date());
      }),
    );

  it("delivers what the command line publishes, and after a kill every queued event once, under its id", async () => {
    Object.assign(process.env, { WEBHOOKS_ALLOW_PRIVATE: "1", WEBHOOKS_RETRY_BASE_MS: "300", WEBHOOKS_POLL_MS: "100" });
    const { signingKey, secret } = newSigningKey();
    const setup = openDatabase(file);
    await migrateDatabase(setup);
    const { conferenceId } = await seedDemo(setup);
    const tiny = setup
      .insert(conferences)
      .values({
        slug: "tinyfest30",
        name: "Tiny Fest",
        timeZone: "Asia/Kolkata",
        startDate: "2030-03-01",
        endDate: "2030-03-02",
      })
      .returning()
      .get().id;
    let receiver = await startReceiver({ secret: () => secret });
    const url = receiver.url;
    for (const id of [conferenceId, tiny])
      setup
        .insert(webhookEndpoints)
        .values({ conferenceId: id, url, events: ["release.published", "speaker.updated"], signingKey })
        .run();
    const wang = setup.select().from(speakers).where(eq(speakers.slug, "wang-bin")).get()!.id;
    setup.$client.close();

    const first: PodiumServer = await startPodium(root, file, (p) => started.push(p));
    // 1. A release published by the command line reaches the receiver through the running server.
    await run(
      path.join(root, "node_modules/.bin/tsx"),
      [
        "scripts/import.ts",
        "tests/fixtures/schedules/tiny-fest.xml",
        "--conference",
        "tinyfest30",
        "--publish",
        "--version",
        "cli-1",
      ],
      { cwd: root, env: { ...process.env, DATABASE_URL: file } },
    );
    await until("the command line's release arrived", () => receiver.received.length === 1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
      type: "release.published",
      data: { conference: { slug: "tinyfest30" }, release: { version: "cli-1" } },
    });

    const cliMessage = receiver.received[0]!.id;

    // 2. The receiver goes away; events queue up and fail; the server is killed with them undelivered.
    await receiver.close();
    publish(conferenceId, "kill-1");
    expect(editOwnProfile(wang, "受邀嘉宾")).toBe(1);
    await until("the server tried and failed", () =>
      deliveries()
        .filter((d) => d.status === "pending")
        .every((d) => d.attempts > 0 && d.lastError !== null),
    );
    // 3. Frozen, then killed right after a publish commits: it can send nothing in between.
    process.kill(-first.process.child.pid!, "SIGSTOP");
    publish(conferenceId, "kill-2");
    first.process.kill();
    // 4. Queued while no server runs at all.
    publish(tiny, "kill-3");

    receiver = await startReceiver({ secret: () => secret, port: receiver.port });
    const second = await startPodium(root, file, (p) => started.push(p));
    await until("every delivery arrived", () => deliveries().every((d) => d.status === "delivered"), 30_000);
    await second.process.stop();
    await receiver.close();

    const queued = deliveries();
    expect(queued).toHaveLength(5);
    const ids = receiver.received.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      queued
        .map((d) => d.messageId)
        .filter((id) => id !== cliMessage)
        .sort(),
    );
    expect(receiver.received.every((r) => r.verified && r.status === 204)).toBe(true);
    const events = receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, never> });
    expect(events.map((e) => e.type).sort()).toEqual([
      "release.published",
      "release.published",
      "release.published",
      "speaker.updated",
    ]);
    expect(events.find((e) => e.type === "speaker.updated")?.data).toMatchObject({
      speaker: { slug: "wang-bin", position: "受邀嘉宾" },
    });
  }, 120_000);
});
