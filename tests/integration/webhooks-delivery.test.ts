import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { redeliverWebhook } from "@/db/mutations/webhooks";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { enqueueWebhookEvent } from "@/db/webhooks/enqueue";
import { claimDueDeliveries, recordAttempt } from "@/db/webhooks/queue";
import { newSigningKey } from "@/lib/webhooks/secret";
import { startWebhookWorker, type WebhookWorker } from "@/scripts/server/webhook-worker";
import { startReceiver } from "../support/webhook-receiver";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let ws: Workspace;
const cleanup: Array<() => Promise<void> | void> = [];
beforeAll(async () => {
  t = await createTestDatabase();
  ws = await createWorkspace(t.db);
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  delete process.env.WEBHOOKS_RETRY_BASE_MS;
});
afterAll(() => t.dispose());

/** An endpoint of the demo listening to everything, and its secret. */
function endpointAt(url: string) {
  const { signingKey, secret } = newSigningKey();
  const endpoint = t.db
    .insert(webhookEndpoints)
    .values({ conferenceId: ws.conferenceId, url, events: ["release.published", "speaker.updated"], signingKey })
    .returning()
    .get();
  return { endpoint, secret };
}
const enqueue = (data: unknown) =>
  enqueueWebhookEvent(t.db, ws.conferenceId, "release.published", () => data, new Date());
const deliveriesOf = (endpointId: number) =>
  t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).all();
const worker = (options: { timeoutMs?: number } = {}): WebhookWorker => {
  const started = startWebhookWorker({ databaseFile: t.file, pollMs: 20, log: () => undefined, ...options });
  cleanup.push(() => started.stop(100));
  return started;
};
async function until(what: string, ok: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("the delivery worker", () => {
  it("signs by Standard Webhooks, retries after a 500 under the same id, and records the delivery", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
    process.env.WEBHOOKS_RETRY_BASE_MS = "50";
    let secret = "";
    const receiver = await startReceiver({ secret: () => secret, answer: (_id, nth) => (nth === 1 ? 500 : 204) });
    cleanup.push(receiver.close);
    const made = endpointAt(receiver.url);
    secret = made.secret;
    enqueue({ n: 1 });
    worker();
    await until("delivered", () => deliveriesOf(made.endpoint.id)[0]?.status === "delivered");

    const [first, second, ...more] = receiver.received;
    expect(more).toEqual([]);
    expect([first!.status, second!.status]).toEqual([500, 204]);
    expect(first!.id).toBe(second!.id);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const row = deliveriesOf(made.endpoint.id)[0]!;
    expect(row).toMatchObject({ messageId: first!.id, attempts: 2, lastStatusCode: 204, leaseUntil: null });
    expect(second!.body).toBe(row.body);
    expect(JSON.parse(row.body)).toMatchObject({ type: "release.published", data: { n: 1 } });
    expect(second!.headers["webhook-signature"]).toMatch(/^v1,/);
  });

  it("refuses a private address again when sending, without WEBHOOKS_ALLOW_PRIVATE (DNS may have changed)", async () => {
    const receiver = await startReceiver();
    cleanup.push(receiver.close);
    const literal = endpointAt(receiver.url);
    const named = endpointAt(`http://localhost:${receiver.port}/hook`);
    enqueue({ n: 2 });
    worker();
    await until("both tried", () =>
      [literal, named].every(
        ({ endpoint }) =>
          (deliveriesOf(endpoint.id)[0]?.attempts ?? 0) > 0 && !deliveriesOf(endpoint.id)[0]!.leaseUntil,
      ),
    );
    for (const { endpoint } of [literal, named]) {
      const row = deliveriesOf(endpoint.id)[0]!;
      expect(row.status).toBe("pending");
      expect(row.lastError).toMatch(/refused: .* is a loopback address/);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }
    expect(receiver.received).toEqual([]);
  });

  it("gives a slow endpoint its timeout while the others are delivered at once", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
    const slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    cleanup.push(() => new Promise<void>((resolve) => (slow.closeAllConnections(), slow.close(() => resolve()))));
    const receiver = await startReceiver();
    cleanup.push(receiver.close);
    const stuck = endpointAt(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/hook`);
    const quick = endpointAt(receiver.url);
    enqueue({ n: 3 });
    const started = Date.now();
    worker({ timeoutMs: 600 });
    await until("the quick one delivered", () => deliveriesOf(quick.endpoint.id)[0]?.status === "delivered");
    expect(Date.now() - started).toBeLessThan(500);
    await until("the slow one timed out", () => deliveriesOf(stuck.endpoint.id)[0]?.lastError != null);
    expect(deliveriesOf(stuck.endpoint.id)[0]).toMatchObject({
      status: "pending",
      lastError: "no answer within 600 ms",
    });
  });
});

describe("the queue", () => {
  let leased = 0;
  it("leases a claim: a crashed worker's delivery is taken again only once the lease expires, under the same id", () => {
    // Earlier tests' deliveries are not this one's: only this endpoint stays enabled.
    t.db.update(webhookEndpoints).set({ enabled: false }).run();
    const { endpoint } = endpointAt("https://hooks.example.org/lease");
    leased = endpoint.id;
    enqueue({ n: 4 });
    const t0 = new Date(Date.now() + 1000);
    const [claimed, ...more] = claimDueDeliveries(t.db, t0, 10, 1000);
    expect(more).toEqual([]);
    expect(claimed).toMatchObject({ attempts: 1, url: "https://hooks.example.org/lease" });
    // The worker died here, before recording anything.
    expect(claimDueDeliveries(t.db, new Date(t0.getTime() + 999), 10, 1000)).toEqual([]);
    const again = claimDueDeliveries(t.db, new Date(t0.getTime() + 1000), 10, 1000);
    expect(again).toMatchObject([{ id: claimed!.id, messageId: claimed!.messageId, attempts: 2 }]);
    // The first claim's late answer no longer counts: the lease is not its own any more.
    recordAttempt(
      t.db,
      claimed!,
      { ok: true, statusCode: 204, durationMs: 5, error: null },
      new Date(t0.getTime() + 1001),
    );
    expect(deliveriesOf(endpoint.id)[0]!.status).toBe("pending");
  });

  it("backs off after each failure and marks the delivery failed once its 24 hours are over; redeliver starts again", () => {
    const [row] = deliveriesOf(leased);
    const failed = { ok: false, statusCode: 503, durationMs: 8, error: null };
    let now = new Date(row!.nextAttemptAt.getTime() + 60_000);
    const claimed = claimDueDeliveries(t.db, now, 1, 1000)[0]!;
    recordAttempt(t.db, claimed, failed, now);
    const retried = t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, row!.id)).get()!;
    expect(retried).toMatchObject({ status: "pending", lastStatusCode: 503, leaseUntil: null });
    const delay = retried.nextAttemptAt.getTime() - now.getTime();
    expect(delay).toBeGreaterThan(0);

    now = new Date(retried.retryUntil.getTime() + 1);
    recordAttempt(t.db, claimDueDeliveries(t.db, now, 1, 1000)[0]!, failed, now);
    expect(t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, row!.id)).get()).toMatchObject({
      status: "failed",
      messageId: row!.messageId,
    });
    expect(claimDueDeliveries(t.db, new Date(now.getTime() + 10 ** 9), 1, 1000)).toEqual([]);

    const redelivered = redeliverWebhook({ db: t.db, viewer: ws.viewers.organizer, now }, ws.conferenceId, row!.id);
    expect(redelivered.ok).toBe(true);
    expect(claimDueDeliveries(t.db, now, 1, 1000)).toMatchObject([{ id: row!.id, messageId: row!.messageId }]);
  });
});
