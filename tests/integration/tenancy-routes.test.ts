import { state } from "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe, expect, it } from "vitest";
import { A_SLUG, B_KEYNOTE_GUID, B_SLUG, roles, type Role } from "../support/tenancy-fixture";
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
const NOBODY: Role[] = [];

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
const api = (handler: Handler, path: string, params: Record<string, string>) => () =>
  get(handler, `/api/v1/conferences/${path}`, params, params.conference === A_SLUG);

const cases: TenancyCase[] = [
  {
    name: "sessions.csv of A",
    allowed: ["admin", "organizerA"],
    attempt: csv(sessionsCsv.GET as Handler, A_SLUG, "sessions.csv"),
  },
  {
    name: "speakers.csv of A",
    allowed: ["admin", "organizerA"],
    attempt: csv(speakersCsv.GET as Handler, A_SLUG, "speakers.csv"),
  },
  {
    name: "sessions.csv of B",
    allowed: ["admin", "organizerB"],
    attempt: csv(sessionsCsv.GET as Handler, B_SLUG, "sessions.csv"),
  },
  {
    name: "speakers.csv of B",
    allowed: ["admin", "organizerB"],
    attempt: csv(speakersCsv.GET as Handler, B_SLUG, "speakers.csv"),
  },
  {
    name: "the API's speakers of A",
    allowed: EVERYONE,
    attempt: api(apiSpeakers.GET as Handler, `${A_SLUG}/speakers`, { conference: A_SLUG }),
  },
  {
    name: "the API's sessions of A",
    allowed: EVERYONE,
    attempt: api(apiSessions.GET as Handler, `${A_SLUG}/sessions`, { conference: A_SLUG }),
  },
  {
    name: "B's Ravi under A's address in the API",
    allowed: NOBODY,
    attempt: api(apiSpeaker.GET as Handler, `${A_SLUG}/speakers/ravi-dwivedi`, {
      conference: A_SLUG,
      speaker: "ravi-dwivedi",
    }),
  },
  {
    name: "B's keynote under A's address in the API",
    allowed: NOBODY,
    attempt: api(apiSession.GET as Handler, `${A_SLUG}/sessions/${B_KEYNOTE_GUID}`, {
      conference: A_SLUG,
      session: B_KEYNOTE_GUID,
    }),
  },
  {
    name: "B's Ravi in the API",
    allowed: EVERYONE,
    attempt: api(apiSpeaker.GET as Handler, `${B_SLUG}/speakers/ravi-dwivedi`, {
      conference: B_SLUG,
      speaker: "ravi-dwivedi",
    }),
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
