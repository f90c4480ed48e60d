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
import { skipPrefetches } from "./support/prefetch";
import { signedIn } from "./support/sign-in";
import { inspect, openTab, problems, visit, type Tab } from "./support/xss-inspect";
import { createXssConference, FIRST_VERSION, shown, XSS_SLUG, type XssConference } from "./support/xss-conference";
import { publicPages, SECOND_VERSION, workspacePages } from "./support/xss-pages";

const baseURL = inject("baseURL");
const PUBLISH_CONFIRM = "发布后，公开页面将立即显示新版本。确定发布吗？";

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
  const tabs = {} as Record<"zh" | "en" | "workspace", Tab>;
  beforeAll(async () => {
    db = openDatabase(inject("databaseFile"));
    fixture = await createXssConference(db);
    browser = await launchBrowser();
    admin = await signedIn(browser, baseURL, "admin@podium.test", `/admin/${XSS_SLUG}`);
    await skipPrefetches(admin.context);
    tabs.workspace = await openTab(admin.context);
    // Pages as the server sends them and scripts change them, without the offline worker's copies.
    for (const [language, locale] of [
      ["zh", "zh-CN"],
      ["en", "en-US"],
    ] as const) {
      readers[language] = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale,
        serviceWorkers: "block",
      });
      await skipPrefetches(readers[language]);
    }
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
    tabs.zh = await openTab(readers.zh);
    tabs.en = await openTab(readers.en);
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
    // No navigation to wait for: the late handlers of what the answer rendered get 400 ms.
    await page.waitForTimeout(400);
    expect(problems({ status: 200, dialogs, ...(await inspect(page)) }, [])).toEqual([]);
  });

  for (const [language, en] of [
    ["zh", false],
    ["en", true],
  ] as const) {
    for (const p of publicPages(en)) {
      it(`renders inert, ${language}: ${p.name}`, async () => {
        expect(problems(await visit(tabs[language], baseURL + p.path(fixture)), p.shows(fixture))).toEqual([]);
      });
    }
  }

  for (const p of workspacePages) {
    // One at a time: concurrent requests of one signed-in profile race over its session cookie.
    it(`renders inert in the workspace: ${p.name}`, async () => {
      expect(problems(await visit(tabs.workspace, baseURL + p.path(fixture)), p.shows(fixture))).toEqual([]);
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
