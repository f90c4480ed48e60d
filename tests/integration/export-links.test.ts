import { state } from "../support/app-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as sessionCalendar from "@/app/[locale]/(public)/[conference]/sessions/[session]/calendar.ics/route";
import * as forumCalendar from "@/app/[locale]/(public)/[conference]/forums/[forum]/calendar.ics/route";
import * as myAgendaCalendar from "@/app/[locale]/(public)/[conference]/my-agenda.ics/route";
import * as scheduleCalendar from "@/app/[locale]/(public)/[conference]/schedule.ics/route";
import * as scheduleJson from "@/app/[locale]/(public)/[conference]/schedule.json/route";
import * as scheduleXml from "@/app/[locale]/(public)/[conference]/schedule.xml/route";
import * as conferencesApi from "@/app/api/v1/conferences/route";
import { demoGuid, seedDemo } from "@/db/seed/seed-demo";
import { createTestDatabase } from "../support/test-database";

// The routes read the public queries, under each conference's revision, from a scratch database;
// outside Next.js their cache directives cache nothing, so every call reads the database.
const SITE = "https://conference.example.org";
const FORGED = "http://attacker.example:8080";

describe("absolute links in calendars, exports and the API", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    await seedDemo(t.db);
    process.env.SITE_URL = SITE;
  });
  afterAll(() => {
    delete process.env.SITE_URL;
    t.dispose();
  });

  it("are on SITE_URL whatever Host or origin the request named", async () => {
    const guid = demoGuid("session/china-netav-2017/web-drama-summit/keynote-wang-bin");
    const params = { locale: "en", conference: "china-netav-2017" };
    const answers = await Promise.all([
      scheduleCalendar.GET(new Request(`${FORGED}/en/china-netav-2017/schedule.ics`), {
        params: Promise.resolve(params),
      }),
      forumCalendar.GET(new Request(`${FORGED}/x`), {
        params: Promise.resolve({ ...params, forum: "web-drama-summit" }),
      }),
      sessionCalendar.GET(new Request(`${FORGED}/x`), { params: Promise.resolve({ ...params, session: guid }) }),
      myAgendaCalendar.GET(new Request(`${FORGED}/x?sessions=${guid}`), { params: Promise.resolve(params) }),
      scheduleXml.GET(new Request(`${FORGED}/x`), { params: Promise.resolve(params) }),
      scheduleJson.GET(new Request(`${FORGED}/x`), { params: Promise.resolve(params) }),
      conferencesApi.GET(
        new Request(`${FORGED}/api/v1/conferences`, { headers: { origin: FORGED, host: "attacker.example" } }),
      ),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const body = await answer.text();
      expect(body).toContain(`${SITE}/`);
      expect(body).not.toContain("attacker.example");
    }
  });
});
