import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { ActionResult } from "@/lib/admin/action-result";
import type { Viewer } from "@/lib/auth/permissions";
import { runAction } from "../support/server-action";
import { type Role, type Workspace } from "../support/workspace-fixture";
import { type Outcome, tryEveryRole, viaThrow } from "../support/workspace-table";

// Webhooks are a conference's organizers' (and platform admins'): every read, write and
// action tried as every role, in the demo and in a second conference with its own organizer.
const { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointEnabled } =
  await import("@/db/mutations/webhooks");
const { listWebhookDeliveries, listWebhookEndpoints } = await import("@/db/queries/webhooks");
const {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  setWebhookEndpointEnabledAction,
} = await import("@/app/[locale]/(workspace)/admin/[conference]/webhooks/actions");

const DEMO = "china-netav-2017";
const OTHER = "other-conf";
// Registration looks the host up: the tests name public addresses and need no network.
const publicDns = async () => ["93.184.216.34"];
const form = { url: "https://hooks.example.org/podium", events: ["release.published", "speaker.updated"] };

const viaAction = async (
  action: (s: ActionResult<never>, f: FormData) => Promise<ActionResult<unknown>>,
  fields: Record<string, string>,
): Promise<Outcome> => {
  const outcome = await runAction(action as (s: ActionResult, f: FormData) => Promise<ActionResult>, fields);
  if ("redirect" in outcome) throw new Error(`unexpected redirect to ${outcome.redirect}`);
  if (outcome.state.status === "saved") return "allow";
  if (outcome.state.problem?.code === "forbidden") return "deny";
  throw new Error(`neither allowed nor forbidden: ${JSON.stringify(outcome.state)}`);
};

const newEndpoint = (conferenceId: number) =>
  state.db
    .insert(webhookEndpoints)
    .values({ conferenceId, url: "https://hooks.example.org/x", events: ["release.published"], signingKey: "a2V5" })
    .returning()
    .get().id;
const newDelivery = (conferenceId: number) =>
  state.db
    .insert(webhookDeliveries)
    .values({
      conferenceId,
      endpointId: newEndpoint(conferenceId),
      messageId: `msg_auth_${Math.random().toString(36).slice(2)}`,
      event: "release.published",
      body: "{}",
      status: "failed",
      nextAttemptAt: new Date(),
      retryUntil: new Date(),
    })
    .returning()
    .get().id;

const cases: Array<{
  name: string;
  allowed: Role[];
  attempt: (ws: Workspace, viewer: Viewer | null) => Promise<Outcome>;
}> = [
  {
    name: "list endpoints (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => listWebhookEndpoints(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "list deliveries (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => listWebhookDeliveries(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "list the other conference's deliveries (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) => viaThrow(() => listWebhookDeliveries(state.db, viewer, ws.otherConferenceId)),
  },
  {
    name: "register an endpoint (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => createWebhookEndpoint({ db: state.db, viewer }, ws.conferenceId, form, publicDns)),
  },
  {
    name: "register an endpoint in the other conference (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => createWebhookEndpoint({ db: state.db, viewer }, ws.otherConferenceId, form, publicDns)),
  },
  {
    name: "pause an endpoint (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        setWebhookEndpointEnabled({ db: state.db, viewer }, ws.conferenceId, newEndpoint(ws.conferenceId), false),
      ),
  },
  {
    name: "delete an endpoint (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => deleteWebhookEndpoint({ db: state.db, viewer }, ws.conferenceId, newEndpoint(ws.conferenceId))),
  },
  {
    name: "redeliver (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => redeliverWebhook({ db: state.db, viewer }, ws.conferenceId, newDelivery(ws.conferenceId))),
  },
  {
    name: "register an endpoint with an IP address (server action)",
    allowed: ["admin", "organizer"],
    attempt: () =>
      viaAction(createWebhookEndpointAction, {
        $conference: DEMO,
        url: "https://93.184.216.34/hook",
        "event:release.published": "on",
      }),
  },
  {
    name: "pause an endpoint (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) =>
      viaAction(setWebhookEndpointEnabledAction, {
        $conference: DEMO,
        $endpoint: String(newEndpoint(ws.conferenceId)),
        enabled: "0",
      }),
  },
  {
    name: "delete an endpoint (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) =>
      viaAction(deleteWebhookEndpointAction, { $conference: DEMO, $endpoint: String(newEndpoint(ws.conferenceId)) }),
  },
  {
    name: "redeliver (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) =>
      viaAction(redeliverWebhookAction, { $conference: DEMO, $delivery: String(newDelivery(ws.conferenceId)) }),
  },
  {
    name: "redeliver in the other conference (server action)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws) =>
      viaAction(redeliverWebhookAction, { $conference: OTHER, $delivery: String(newDelivery(ws.otherConferenceId)) }),
  },
];

describe("who may see and change a conference's webhooks", () => {
  const t = scratchWorkspace();

  tryEveryRole(t, cases);

  // Ids come from the form: the other conference's organizer naming a demo endpoint under his own conference finds nothing.
  it("keeps the demo's endpoints and deliveries from the other conference's organizer", async () => {
    state.viewer = t.ws.viewers.otherOrganizer;
    const endpoint = newEndpoint(t.ws.conferenceId);
    const delivery = newDelivery(t.ws.conferenceId);
    for (const [action, fields] of [
      [deleteWebhookEndpointAction, { $endpoint: String(endpoint) }],
      [setWebhookEndpointEnabledAction, { $endpoint: String(endpoint), enabled: "0" }],
      [redeliverWebhookAction, { $delivery: String(delivery) }],
    ] as const)
      expect(
        await runAction(action as (s: ActionResult, f: FormData) => Promise<ActionResult>, {
          $conference: OTHER,
          ...fields,
        }),
      ).toMatchObject({ state: { status: "error", problem: { code: "notFound" } } });
    const row = t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint)).get();
    expect(row?.enabled).toBe(true);
    expect(
      listWebhookDeliveries(t.db, t.ws.viewers.otherOrganizer, t.ws.otherConferenceId).map((d) => d.id),
    ).not.toContain(delivery);
  });
});
