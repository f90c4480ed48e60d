import { inArray } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { sessions } from "@/db/schema";
import { parseEvents, prop, unfold } from "../support/ics";
import { validateScheduleJson } from "../support/validate-json";
import { validateScheduleXml } from "../support/validate-xml";
import { launchBrowser } from "./support/browser";
import { signedIn } from "./support/sign-in";
import { inspect, problems, visit } from "./support/xss-inspect";
import {
  createXssConference,
  FIRST_VERSION,
  MARKER,
  SEARCH_WORD,
  shown,
  shownRich,
  XSS_DAY,
  XSS_SLUG,
  type XssConference,
} from "./support/xss-conference";

const baseURL = inject("baseURL");
/** Typed into the workspace's publish form (at most 40 characters). */
const SECOND_VERSION = `"><img src=x onerror=${MARKER}>v2`;
/** Typed into the search box: reflected in the page. */
const SEARCHED = `"><img src=x onerror=${MARKER}>`;
const PUBLISH_CONFIRM = "发布后，公开页面将立即显示新版本。确定发布吗？";

interface PageCase {
  name: string;
  path: (f: XssConference) => string;
  shows: (f: XssConference) => string[];
}

/** The public pages in one language: English shows the translations where there are some. */
function publicPages(en: boolean): PageCase[] {
  const conf = (field: string) =>
    (field === "description" ? shownRich : shown)(en ? `conference.en.${field}` : `conference.${field}`);
  const title = (n: number) => shown(en ? `session${n}.en.title` : `session${n}.title`);
  const titles = [1, 2, 3].map(title);
  const speaker = (n: number) => [`name`, `position`, `organization`].map((f) => shown(`speaker${n}.${f}`));
  const base = `/${XSS_SLUG}`;
  return [
    { name: "home page", path: () => "/", shows: () => ["name", "theme", "city", "venue"].map(conf) },
    {
      name: "conference overview",
      path: () => base,
      shows: () => [
        ...["name", "theme", "description", "city", "venue"].map(conf),
        shown("forum.name"),
        shown("forum.theme"),
        shown("organization.name"),
        shown("room.name"),
        ...[1, 2, 3].map((n) => shown(`speaker${n}.name`)),
        SECOND_VERSION,
      ],
    },
    {
      name: "agenda, list",
      path: () => `${base}/agenda?day=${XSS_DAY}&view=list`,
      shows: () => [conf("name"), ...titles, shown("room.name"), shown("forum.name")],
    },
    {
      name: "agenda, grid",
      path: () => `${base}/agenda?day=${XSS_DAY}&view=grid`,
      shows: () => [...titles, shown("room.name")],
    },
    ...[1, 2, 3].map((n) => ({
      name: `session ${n}`,
      path: (f: XssConference) => `${base}/sessions/${f.sessions[n - 1]!.guid}`,
      shows: () => [
        title(n),
        shownRich(en ? `session${n}.en.abstract` : `session${n}.abstract`),
        shown("room.name"),
        shown("forum.name"),
        shown("track.name"),
        ...speaker(n),
      ],
    })),
    { name: "speakers", path: () => `${base}/speakers`, shows: () => [1, 2, 3].flatMap(speaker) },
    ...[1, 2, 3].map((n) => ({
      name: `speaker ${n}`,
      path: (f: XssConference) => `${base}/speakers/${f.speakers[n - 1]!.slug}`,
      shows: () => [
        ...speaker(n),
        shown(`speaker${n}.bio`),
        shown(`speaker${n}.link1`),
        shown(`speaker${n}.link2`),
        title(n),
      ],
    })),
    {
      name: "forum",
      path: () => `${base}/forums/xss-forum`,
      shows: () => [
        shown("forum.name"),
        shown("forum.theme"),
        shownRich("forum.description"),
        shown("organization.name"),
        ...titles,
      ],
    },
    { name: "search for a word of a title", path: () => `${base}/search?q=${SEARCH_WORD}`, shows: () => [title(1)] },
    {
      name: "search for a payload",
      path: () => `${base}/search?q=${encodeURIComponent(SEARCHED)}`,
      shows: () => [SEARCHED],
    },
    {
      name: "changelog",
      path: () => `${base}/changelog`,
      shows: () => [FIRST_VERSION, SECOND_VERSION, title(3), ...(en ? [] : [shown("session3.title.v1")])],
    },
    {
      name: "my agenda",
      path: (f) => `${base}/my-agenda?sessions=${f.sessions.map((s) => s.guid).join(",")}`,
      shows: () => titles,
    },
    {
      name: "now and next",
      path: () => `${base}/now?at=${XSS_DAY}T01:30:00Z`,
      shows: () => [title(1), title(2), shown("room.name"), shown("forum.name"), shown("speaker1.name")],
    },
    { name: "room screens", path: () => `${base}/screens`, shows: () => [shown("room.name")] },
    {
      name: "room screen",
      path: () => `${base}/screens/xss-room?at=${XSS_DAY}T01:30:00Z`,
      shows: () => [conf("name"), shown("room.name"), shown("forum.name"), ...titles, shown("speaker1.name")],
    },
    { name: "API documentation", path: () => "/api/v1/docs", shows: () => [] },
  ];
}

const workspacePages: PageCase[] = [
  { name: "conference workspace", path: () => `/admin/${XSS_SLUG}`, shows: () => [shown("conference.name")] },
  {
    name: "sessions",
    path: () => `/admin/${XSS_SLUG}/sessions`,
    shows: () => [1, 2, 3].map((n) => shown(`session${n}.title`)),
  },
  {
    name: "a session's form",
    path: (f) => `/admin/${XSS_SLUG}/sessions/${f.sessions[0]!.id}`,
    shows: () => [
      shown("session1.title"),
      shown("session1.en.title"),
      shown("session1.abstract"),
      shown("session1.en.abstract"),
    ],
  },
  {
    name: "speakers",
    path: () => `/admin/${XSS_SLUG}/speakers`,
    shows: () => [1, 2, 3].map((n) => shown(`speaker${n}.name`)),
  },
  {
    name: "a speaker's form",
    path: (f) => `/admin/${XSS_SLUG}/speakers/${f.speakers[0]!.id}`,
    shows: () => ["name", "position", "organization"].map((field) => shown(`speaker1.${field}`)),
  },
  {
    name: "schedule editor",
    path: () => `/admin/${XSS_SLUG}/schedule?day=${XSS_DAY}`,
    shows: () => [...[1, 2, 3].map((n) => shown(`session${n}.title`)), shown("room.name")],
  },
  {
    name: "audit log",
    path: () => `/admin/${XSS_SLUG}/log`,
    shows: () => [shown("audit.title"), shown("audit.before"), shown("audit.after")],
  },
  { name: "forums", path: () => `/admin/${XSS_SLUG}/forums`, shows: () => [shown("forum.name")] },
  { name: "rooms", path: () => `/admin/${XSS_SLUG}/rooms`, shows: () => [shown("room.name")] },
  { name: "tracks", path: () => `/admin/${XSS_SLUG}/tracks`, shows: () => [shown("track.name")] },
  {
    name: "organizations",
    path: () => "/admin/organizations?q=e2e-xss-org",
    shows: () => [shown("organization.name")],
  },
];

/** Every string anywhere in a parsed document. */
const stringsIn = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === "object"
        ? Object.values(value).flatMap(stringsIn)
        : [];

describe("XSS payloads in every text field, on every page that shows them", () => {
  let db: Db;
  let browser: Browser;
  let fixture: XssConference;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  const readers = {} as Record<"zh" | "en", BrowserContext>;
  beforeAll(async () => {
    db = openDatabase(inject("databaseFile"));
    fixture = await createXssConference(db);
    browser = await launchBrowser();
    admin = await signedIn(browser, baseURL, "admin@podium.test", `/admin/${XSS_SLUG}`);
    readers.zh = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    readers.en = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    // Stars live in the browser: my agenda keeps the URL's sessions only when they are the starred ones.
    for (const context of Object.values(readers)) {
      await context.addInitScript(
        ({ key, value }) => {
          try {
            window.localStorage.setItem(key, value);
          } catch {
            // about:blank has no storage
          }
        },
        { key: `podium:stars:${XSS_SLUG}`, value: JSON.stringify(fixture.sessions.map((s) => s.guid)) },
      );
    }
  });
  afterAll(async () => {
    await admin?.context.close();
    await browser?.close();
    db?.$client.close();
  });

  it("publishes the second release through the workspace, with a payload for its name", async () => {
    const { page } = admin;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      if (dialog.type() === "confirm" && dialog.message() === PUBLISH_CONFIRM) return void dialog.accept();
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const response = await page.goto(`${baseURL}/admin/${XSS_SLUG}/publish`, { waitUntil: "networkidle" });
    const preview = { status: response?.status(), dialogs, ...(await inspect(page)) };
    expect(problems(preview, [FIRST_VERSION, shown("session3.title"), shown("session3.title.v1")])).toEqual([]);
    await page.getByLabel("版本名称").fill(SECOND_VERSION);
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("已发布。公开日程和变更记录已更新。").waitFor();
    expect(problems({ status: 200, dialogs, ...(await inspect(page)) }, [])).toEqual([]);
  });

  for (const [language, en] of [
    ["zh", false],
    ["en", true],
  ] as const) {
    for (const p of publicPages(en)) {
      it(`renders inert, ${language}: ${p.name}`, async () => {
        expect(problems(await visit(readers[language], baseURL + p.path(fixture)), p.shows(fixture))).toEqual([]);
      });
    }
  }

  for (const p of workspacePages) {
    // One at a time: concurrent requests of one signed-in profile race over its session cookie.
    it(`renders inert in the workspace: ${p.name}`, async () => {
      expect(problems(await visit(admin.context, baseURL + p.path(fixture)), p.shows(fixture))).toEqual([]);
    });
  }

  it("exports the payloads as data: schedule XML and JSON well-formed and valid, iCalendar intact", async () => {
    const titles = db
      .select({ title: sessions.title })
      .from(sessions)
      .where(
        inArray(
          sessions.id,
          fixture.sessions.map((s) => s.id),
        ),
      )
      .all()
      .map((s) => s.title);
    const get = async (file: string, type: string) => {
      const response = await fetch(`${baseURL}/${XSS_SLUG}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toBe(type);
      expect(response.headers.get("x-content-type-options"), file).toBe("nosniff");
      return response.text();
    };

    const xml = await get("schedule.xml", "application/xml; charset=utf-8");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(await validateScheduleXml(xml)).toEqual([]);
    const inXml = stringsIn(new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml));
    expect(titles.filter((t) => !inXml.includes(t))).toEqual([]);

    const json = await get("schedule.json", "application/json; charset=utf-8");
    expect(validateScheduleJson(json, "schema")).toEqual([]);
    const inJson = stringsIn(JSON.parse(json));
    expect(titles.filter((t) => !inJson.includes(t))).toEqual([]);

    const ics = await get("schedule.ics", "text/calendar; charset=utf-8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(unfold(ics).filter((line) => line !== "" && !/^[A-Z][A-Z0-9-]*[;:]/.test(line))).toEqual([]);
    const unescape = (value: string) =>
      value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
    const summaries = parseEvents(ics).map((event) => unescape(prop(event, "SUMMARY") ?? ""));
    expect(summaries.sort()).toEqual([...titles].sort());
  });
});
