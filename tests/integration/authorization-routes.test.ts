import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { describe, expect, it } from "vitest";
import { roles, type Role } from "../support/workspace-fixture";

// Route handlers that are not public check the right themselves (the proxy is no guard):
// the test calls them as Next.js does, as each role.
const sessionsCsv = await import("@/app/[locale]/(workspace)/admin/[conference]/export/sessions.csv/route");
const speakersCsv = await import("@/app/[locale]/(workspace)/admin/[conference]/export/speakers.csv/route");

type Handler = (
  request: Request,
  context: { params: Promise<{ locale: string; conference: string }> },
) => Promise<Response>;

interface Case {
  name: string;
  handler: Handler;
  conference: string;
  allowed: Role[];
}

// The working programme with private fields: the conference's organizers only. Anyone
// else gets the 404 of a conference that does not exist, so nothing is revealed.
const cases: Case[] = [
  {
    name: "sessions.csv of the demo conference",
    handler: sessionsCsv.GET,
    conference: "china-netav-2017",
    allowed: ["admin", "organizer"],
  },
  {
    name: "speakers.csv of the demo conference",
    handler: speakersCsv.GET,
    conference: "china-netav-2017",
    allowed: ["admin", "organizer"],
  },
  {
    name: "speakers.csv of the other conference",
    handler: speakersCsv.GET,
    conference: "other-conf",
    allowed: ["admin", "otherOrganizer"],
  },
];

describe("who may download the workspace's CSV exports", () => {
  const t = scratchWorkspace();

  for (const c of cases) {
    for (const role of roles) {
      const allowed = c.allowed.includes(role);
      it(`${c.name}: ${role} → ${allowed ? "the file" : "404"}`, async () => {
        state.viewer = t.ws.viewers[role];
        const url = `http://podium.test/admin/${c.conference}/export/${c.name.split(" ")[0]}`;
        const response = await c.handler(new Request(url), {
          params: Promise.resolve({ locale: "zh-CN", conference: c.conference }),
        });
        const body = await response.text();
        if (allowed) {
          expect(response.status).toBe(200);
          expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
          expect(response.headers.get("cache-control")).toBe("private, no-store");
          expect(body.split("\n")[0]).toMatch(/\S/);
        } else {
          expect(response.status).toBe(404);
          expect(body).toBe("Not found.\n");
        }
      });
    }
  }

  it("answers an unknown conference with the same 404, also to an organizer", async () => {
    state.viewer = t.ws.viewers.admin;
    const response = await speakersCsv.GET(
      new Request("http://podium.test/admin/no-such-conference/export/speakers.csv"),
      { params: Promise.resolve({ locale: "zh-CN", conference: "no-such-conference" }) },
    );
    expect(response.status).toBe(404);
  });
});
