import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookEndpoint, setWebhookEndpointEnabled } from "@/db/mutations/webhooks";
import { listWebhookEndpoints } from "@/db/queries/webhooks";
import { insertReleaseInTransaction } from "@/db/releases/publish";
import { enqueueSpeakerUpdated } from "@/db/webhooks/enqueue";
import { auditLog, releases, sessions, speakers, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { siteUrl } from "@/lib/site-url";
import type { ReleasePublishedData, SpeakerUpdatedData } from "@/lib/webhooks/payloads";
import { scratchWorkspace } from "../support/scratch-database";

const t = scratchWorkspace();
afterEach(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
});

const events = ["release.published", "speaker.updated"];
const register = (url: string, resolve?: (host: string) => Promise<string[]>, conferenceId = t.ws.conferenceId) =>
  createWebhookEndpoint({ db: t.db, viewer: t.ws.viewers.organizer }, conferenceId, { url, events }, resolve);
const register$ = (url: string, conferenceId: number, subscribed = events) =>
  t.db
    .insert(webhookEndpoints)
    .values({ conferenceId, url, events: subscribed as never, signingKey: "a2V5" })
    .returning()
    .get();
const queuedFor = (endpointId: number) =>
  t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).all();

describe("registering an endpoint", () => {
  it("refuses loopback, private, link-local and other non-public addresses beside the URL field", async () => {
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://localhost/hook",
      "http://10.1.2.3/hook",
      "https://172.16.0.9/hook",
      "http://192.168.1.1/hook",
      "http://169.254.169.254/latest/meta-data/",
      "http://100.64.0.1/hook",
      "http://0.0.0.0/hook",
      "http://[::1]/hook",
      "http://[fd00::1]/hook",
      "http://[fe80::1]/hook",
      "http://[::ffff:127.0.0.1]/hook",
    ])
      expect(await register(url), url).toMatchObject({ ok: false, fields: { url: { code: "webhookPrivateAddress" } } });
    // A name with one private address among public ones: DNS may hand out either.
    const mixed = async () => ["93.184.216.34", "10.0.0.5"];
    expect(await register("https://hooks.example.org/x", mixed)).toMatchObject({
      fields: { url: { code: "webhookPrivateAddress" } },
    });
    const unknown = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect(await register("https://nowhere.invalid/x", unknown)).toMatchObject({
      fields: { url: { code: "webhookHostUnknown" } },
    });
    expect(t.db.select().from(webhookEndpoints).all()).toEqual([]);
  });

  it("takes a private address when WEBHOOKS_ALLOW_PRIVATE=1", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
    expect(await register("http://127.0.0.1:9/hook")).toMatchObject({ ok: true });
  });

  it("checks the URL and the events like any form", async () => {
    const form = (url: string, chosen: string[]) =>
      createWebhookEndpoint({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, { url, events: chosen });
    expect(await form("ftp://example.org/x", events)).toMatchObject({ fields: { url: { code: "invalidUrl" } } });
    expect(await form("", events)).toMatchObject({ fields: { url: { code: "invalidUrl" } } });
    expect(await form("https://93.184.216.34/x", [])).toMatchObject({
      fields: { events: { code: "webhookNoEvents" } },
    });
  });

  it("shows the whsec_ secret once: the list and the audit log never carry it", async () => {
    const created = await register("https://hooks.example.org/podium", async () => ["93.184.216.34"]);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { endpoint, secret } = created.value;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(endpoint.events).toEqual(events);
    const listed = listWebhookEndpoints(t.db, t.ws.viewers.organizer, t.ws.conferenceId).find(
      (e) => e.id === endpoint.id,
    );
    expect(listed).toMatchObject({ url: "https://hooks.example.org/podium", enabled: true });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    const audit = t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "webhook.create"), eq(auditLog.entityId, String(endpoint.id))))
      .get();
    expect(audit?.userId).toBe(t.ws.viewers.organizer!.userId);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));
  });
});

describe("queueing events", () => {
  it("queues release.published in the release's own transaction, with the changelog and absolute links", () => {
    const listening = register$("https://hooks.example.org/release", t.ws.conferenceId);
    const speakersOnly = register$("https://hooks.example.org/speakers", t.ws.conferenceId, ["speaker.updated"]);
    const paused = register$("https://hooks.example.org/paused", t.ws.conferenceId);
    setWebhookEndpointEnabled({ db: t.db, viewer: t.ws.viewers.admin }, t.ws.conferenceId, paused.id, false);
    const other = register$("https://hooks.example.org/other", t.ws.otherConferenceId);
    const changed = t.db.select().from(sessions).limit(1).get()!;
    t.db.update(sessions).set({ title: "改过的标题" }).where(eq(sessions.id, changed.id)).run();

    const release = insertReleaseInTransaction(t.db, {
      conferenceId: t.ws.conferenceId,
      version: "wh-1",
      userId: null,
    });
    const [queued, ...more] = queuedFor(listening.id);
    expect(more).toEqual([]);
    expect([speakersOnly, paused, other].flatMap((e) => queuedFor(e.id))).toEqual([]);
    expect(queued).toMatchObject({ event: "release.published", status: "pending", attempts: 0 });
    expect(queued!.messageId).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(queued!.retryUntil.getTime() - queued!.createdAt.getTime()).toBe(24 * 60 * 60 * 1000);
    const body = JSON.parse(queued!.body) as { type: string; timestamp: string; data: ReleasePublishedData };
    expect(body.type).toBe("release.published");
    expect(body.data.release).toMatchObject({ version: "wh-1", publishedAt: release.publishedAt.toISOString() });
    expect(body.data.changelog).toEqual(release.changelog);
    expect(release.changelog.changed.map((c) => c.guid)).toContain(changed.guid);
    expect(body.data.sessions[changed.guid]).toEqual({
      title: "改过的标题",
      url: `${siteUrl()}/china-netav-2017/sessions/${changed.guid}`,
    });
    const origin = siteUrl();
    expect(body.data.links).toEqual({
      scheduleXml: `${origin}/china-netav-2017/schedule.xml`,
      scheduleJson: `${origin}/china-netav-2017/schedule.json`,
      schedule2Json: `${origin}/china-netav-2017/schedule2.json`,
      scheduleIcs: `${origin}/china-netav-2017/schedule.ics`,
      api: `${origin}/api/v1/conferences/china-netav-2017`,
    });
  });

  it("queues nothing when the release's transaction rolls back", () => {
    const endpoint = register$("https://hooks.example.org/rollback", t.ws.conferenceId);
    expect(() =>
      t.db.transaction((tx) => {
        insertReleaseInTransaction(tx, {
          conferenceId: t.ws.conferenceId,
          version: "wh-doomed",
          userId: null,
        });
        throw new Error("the publish fails after the release was written");
      }),
    ).toThrow(/publish fails/);
    expect(t.db.select().from(releases).where(eq(releases.version, "wh-doomed")).all()).toEqual([]);
    expect(queuedFor(endpoint.id)).toEqual([]);
  });

  it("queues speaker.updated with the profile as it is now, only while a release shows the speaker", () => {
    const endpoint = register$("https://hooks.example.org/speaker", t.ws.conferenceId, ["speaker.updated"]);
    const wang = t.db.select().from(speakers).where(eq(speakers.slug, "wang-bin")).get()!;
    t.db.update(speakers).set({ position: "新职务" }).where(eq(speakers.id, wang.id)).run();
    expect(enqueueSpeakerUpdated(t.db, wang.id, new Date())).toBeGreaterThan(0);
    expect(queuedFor(endpoint.id)).toHaveLength(1);
    const body = JSON.parse(queuedFor(endpoint.id)[0]!.body) as { type: string; data: SpeakerUpdatedData };
    expect(body.type).toBe("speaker.updated");
    expect(body.data.speaker).toMatchObject({
      slug: "wang-bin",
      name: wang.name,
      position: "新职务",
      url: `${siteUrl()}/china-netav-2017/speakers/wang-bin`,
      api: `${siteUrl()}/api/v1/conferences/china-netav-2017/speakers/wang-bin`,
    });
    // A profile of a conference without a release is nobody's news yet.
    const unpublished = t.db
      .insert(speakers)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "nobody-yet", name: "尚未发布" })
      .returning()
      .get();
    register$("https://hooks.example.org/other-speaker", t.ws.otherConferenceId, ["speaker.updated"]);
    expect(enqueueSpeakerUpdated(t.db, unpublished.id, new Date())).toBe(0);
  });
});
