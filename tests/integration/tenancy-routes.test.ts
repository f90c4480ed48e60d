import { state } from "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe, expect, it } from "vitest";
import { A_SLUG, B_KEYNOTE_GUID, B_SLUG, NOBODY, ORG_A, ORG_B, roles, type Role } from "../support/tenancy-fixture";
import { leaksOfB, tryAsRole, type Outcome, type TenancyCase } from "../support/tenancy-table";

// Route handlers as every role against both conferences: the workspace's CSV exports
// (private fields: the conference's organizers only, and A's never holds B's rows), and
// the public API, which answers everyone alike and finds nothing of B under A's address.
// The API reads the public queries under each conference's revision; outside Next.js their
// cache directives cache nothing, so every call reads the scratch database.
const sessionsCsv = await import("@/app/[locale]/(workspace)/admin/[conference]/export/sessions.csv/route");
const speakersCsv = await import("@/app/[locale]/(workspace)/admin/[conference]/export/speakers.csv/route");
const apiSpeakers = await import("@/app/api/v1/conferences/[conference]/speakers/route");
const apiSpeaker = await import("@/app/api/v1/conferences/[conference]/speakers/[speaker]/route");
const apiSessions = await import("@/app/api/v1/conferences/[conference]/sessions/route");
const apiSession = await import("@/app/api/v1/conferences/[conference]/sessions/[session]/route");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

const EVERYONE: Role[] = [...roles];

/** Calls a handler as Next.js does: 200 allows (and a body of A holds nothing of B), 404 denies. */
async function get(handler: Handler, url: string, params: Record<string, string>, readsA: boolean): Promise<Outcome> {
  const response = await handler(new Request(`http://podium.test${url}`), { params: Promise.resolve(params) });
  const body = await response.text();
  if (response.status === 404) return "deny";
  expect(response.status, body).toBe(200);
  if (readsA) expect(leaksOfB(body), "B's data in an answer about A").toEqual([]);
  return "allow";
}
const csv = (handler: Handler, conference: string, file: string) => () =>
  get(handler, `/admin/${conference}/export/${file}`, { locale: "zh-CN", conference }, conference === A_SLUG);
const api =
  (handler: Handler, conference: string, resource: string, params: Record<string, string> = {}) =>
  () =>
    get(handler, `/api/v1/conferences/${conference}/${resource}`, { conference, ...params }, conference === A_SLUG);
const exports = { "sessions.csv": sessionsCsv.GET as Handler, "speakers.csv": speakersCsv.GET as Handler };

const cases: TenancyCase[] = [
  // Each conference's exports, for its own organizers
  ...(
    [
      ["A", A_SLUG, ORG_A],
      ["B", B_SLUG, ORG_B],
    ] as const
  ).flatMap(([label, conference, allowed]) =>
    Object.entries(exports).map(([file, handler]) => ({
      name: `${file} of ${label}`,
      allowed,
      attempt: csv(handler, conference, file),
    })),
  ),
  {
    name: "the API's speakers of A",
    allowed: EVERYONE,
    attempt: api(apiSpeakers.GET as Handler, A_SLUG, "speakers"),
  },
  {
    name: "the API's sessions of A",
    allowed: EVERYONE,
    attempt: api(apiSessions.GET as Handler, A_SLUG, "sessions"),
  },
  {
    name: "B's Ravi under A's address in the API",
    allowed: NOBODY,
    attempt: api(apiSpeaker.GET as Handler, A_SLUG, "speakers/ravi-dwivedi", { speaker: "ravi-dwivedi" }),
  },
  {
    name: "B's keynote under A's address in the API",
    allowed: NOBODY,
    attempt: api(apiSession.GET as Handler, A_SLUG, `sessions/${B_KEYNOTE_GUID}`, { session: B_KEYNOTE_GUID }),
  },
  {
    name: "B's Ravi in the API",
    allowed: EVERYONE,
    attempt: api(apiSpeaker.GET as Handler, B_SLUG, "speakers/ravi-dwivedi", { speaker: "ravi-dwivedi" }),
  },
];

describe("tenancy: route handlers of both conferences as every role", () => {
  const t = scratchTenancy();

  for (const c of cases) {
    for (const role of roles) {
      it(`${c.name}: ${role} → ${c.allowed.includes(role) ? "200" : "404"}`, async () => {
        state.viewer = t.fx.viewers[role];
        await tryAsRole(t.fx, c, role, t.fx.viewers[role]);
      });
    }
  }
});
