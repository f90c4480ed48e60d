import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/connection";
import { users } from "@/db/schema";
import { fixturePath, hasShared, sharedPath } from "../support/shared-data";
import { validateScheduleJson } from "../support/validate-json";
import { validateScheduleXml } from "../support/validate-xml";
import { closeBrowserAndDatabase, openBrowserAndDatabase } from "./support/suite-browser";
import { conferenceRunBy } from "./support/conferences";
import { signedIn } from "./support/sign-in";

const baseURL = inject("baseURL");
const debconf = sharedPath("data/real/debconf23.xml");

// What conference apps, calendars and other programs read over HTTP, and an
// organizer bringing a real programme in through the workspace.
describe("schedule formats and the public API over HTTP", () => {
  it("serves schedule XML and JSON that validate, with ETags that answer 304, and CORS", async () => {
    const xml = await fetch(`${baseURL}/china-netav-2017/schedule.xml`);
    expect(xml.status).toBe(200);
    expect(xml.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(xml.headers.get("access-control-allow-origin")).toBe("*");
    expect(xml.headers.get("cache-control")).toContain("max-age=");
    expect(await validateScheduleXml(await xml.text())).toEqual([]);
    const again = await fetch(`${baseURL}/china-netav-2017/schedule.xml`, {
      headers: { "if-none-match": xml.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
    for (const [file, schema] of [
      ["schedule.json", "schema"],
      ["schedule2.json", "schema2"],
    ] as const) {
      const res = await fetch(`${baseURL}/china-netav-2017/${file}`);
      expect(res.headers.get("content-type"), file).toBe("application/json; charset=utf-8");
      expect(validateScheduleJson(await res.text(), schema), file).toEqual([]);
    }
    expect((await fetch(`${baseURL}/no-such-conference/schedule.xml`)).status).toBe(404);
  });

  it("serves one forum's calendar with only its sessions", async () => {
    const ics = await (
      await fetch(`${baseURL}/china-netav-2017/forums/web-drama-summit/calendar.ics`, {
        headers: { "accept-language": "zh-CN" },
      })
    ).text();
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("当大数据时代遇见网剧精品时代");
    expect(ics).not.toContain("开幕式");
  });

  it("answers the API with published data, filters, pagination, CORS and its OpenAPI document", async () => {
    const list = await fetch(`${baseURL}/api/v1/conferences/china-netav-2017/sessions?speaker=wang-bin`);
    expect(list.status).toBe(200);
    expect(list.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await list.json()) as { data: Array<{ title: string }>; page: { total: number } };
    expect(body.data.map((s) => s.title)).toContain("推原创之波，助精品之澜");
    expect((await fetch(`${baseURL}/api/v1/conferences/china-netav-2017/sessions?limit=0`)).status).toBe(400);
    const openapi = (await (await fetch(`${baseURL}/api/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(openapi.openapi).toBe("3.1.0");
    expect(Object.keys(openapi.paths)).toContain("/api/v1/conferences/{conference}/sessions");
    expect(await (await fetch(`${baseURL}/api/v1/docs`)).text()).toContain("/api/v1/conferences/{conference}/speakers");
  });
});

describe("importing a real programme in the workspace", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    ({ browser, db } = await openBrowserAndDatabase());
    // An empty, public conference the demo organizer runs, so the demo itself stays as seeded.
    const organizer = db.select().from(users).where(eq(users.email, "organizer@podium.test")).get()!;
    conferenceRunBy(db, organizer.id, {
      slug: "e2e-debconf",
      name: "DebConf (e2e)",
      timeZone: "Asia/Kolkata",
      startDate: "2023-09-10",
      endDate: "2023-09-17",
      defaultLocale: "en",
      published: true,
    });
  });
  afterAll(() => closeBrowserAndDatabase({ browser, db }));

  it.skipIf(!hasShared("data/real/debconf23.xml"))(
    "previews, imports and publishes DebConf 23, then serves it",
    async () => {
      const { page, context, errors } = await signedIn(
        browser,
        baseURL,
        "organizer@podium.test",
        "/admin/e2e-debconf/import",
      );
      await page.locator("#field-file").setInputFiles(debconf);
      await page.getByRole("button", { name: "预览" }).click();
      const result = page.getByRole("status").filter({ hasText: "debconf23.xml" });
      await result.getByRole("heading", { name: "debconf23.xml 的预览：未写入任何数据" }).waitFor();
      await expect.poll(() => result.getByRole("row", { name: /将新建/ }).innerText()).toMatch(/将新建\s+117\s+87\s+5/);
      await page.getByLabel("导入后立即发布版本").check();
      await page.getByLabel("版本名称").fill("v1");
      await page.getByRole("button", { name: "导入", exact: true }).click();
      await result.getByRole("heading", { name: "已导入 debconf23.xml" }).waitFor();
      await result.getByText("已发布为版本 v1。").waitFor();

      // Importing the same file again changes nothing.
      await page.getByLabel("导入后立即发布版本").uncheck();
      await page.getByRole("button", { name: "导入", exact: true }).click();
      await expect.poll(() => result.getByRole("row", { name: /未变/ }).innerText()).toMatch(/未变\s+117\s+87\s+5/);

      const exported = await (await fetch(`${baseURL}/e2e-debconf/schedule.xml`)).text();
      expect(await validateScheduleXml(exported)).toEqual([]);
      expect(exported).toContain("<title>Opening Ceremony</title>");
      await page.goto(`${baseURL}/e2e-debconf/agenda?day=2023-09-10&view=list`);
      await page.getByText("Opening Ceremony").first().waitFor();
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("offers a zone picker for a calendar without zones, and reads its times in the zone chosen", async () => {
    const { page, context, errors } = await signedIn(
      browser,
      baseURL,
      "organizer@podium.test",
      "/admin/e2e-debconf/import",
    );
    await page.locator("#field-file").setInputFiles(fixturePath("schedules/pyconuk2015-coventry-vobject-floating.ics"));
    await page.getByRole("button", { name: "预览" }).click();
    const result = page.getByRole("status").filter({ hasText: "pyconuk2015" });
    await result.getByRole("heading", { name: /的预览：未写入任何数据/ }).waitFor();
    // Read in the conference's zone at first; the picker offers another.
    const picker = page.getByLabel("文件中时间所属的时区");
    await expect.poll(() => picker.inputValue()).toBe("Asia/Kolkata");
    // What was decided for the organizer reads in Chinese, where it first occurred too.
    await result.getByText(/文件中的时间没有时区：按会议的时区 Asia\/Kolkata 读取 ×1（首次出现于 VEVENT 1/).waitFor();
    await picker.selectOption("Europe/London");
    await page.getByRole("button", { name: "预览" }).click();
    await expect.poll(() => result.getByRole("row", { name: /将新建/ }).innerText()).toMatch(/将新建\s+159\s+0\s+11/);
    await result.getByText(/已为您处理 \d+ 类格式偏差/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("stops a broken file with the place named, and a forum editor may not import", async () => {
    const { page, context } = await signedIn(browser, baseURL, "organizer@podium.test", "/admin/e2e-debconf/import");
    await page.locator("#field-file").setInputFiles({
      name: "broken.xml",
      mimeType: "application/xml",
      buffer: Buffer.from(
        "<schedule><conference><acronym>e2e-debconf</acronym><title>DebConf</title><time_zone_name>Asia/Kolkata</time_zone_name></conference><day index='1' date='2023-09-10'><room name='A'><event id='9' guid='11111111-1111-4111-8111-111111111111'><title>T</title><room>A</room><date>2023-09-10T10:00:00+05:30</date><start>10:00</start><duration>soon</duration></event></room></day></schedule>",
      ),
    });
    await page.getByRole("button", { name: "导入", exact: true }).click();
    // Refused in the viewer's language, the place named in it too.
    await expect
      .poll(() => page.locator("#field-file-error").textContent())
      .toMatch(/无法读取时长 "soon".*（活动 9（第 1 天，会场 A，第 \d+ 行））/);
    await context.close();
    const forumEditor = await signedIn(browser, baseURL, "migu@podium.test", "/admin/china-netav-2017");
    const res = await forumEditor.page.request.get(`${baseURL}/admin/china-netav-2017/import`, {
      headers: { "accept-language": "zh-CN" },
    });
    expect(await res.text()).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    expect((await forumEditor.page.request.get(`${baseURL}/admin/china-netav-2017/export/sessions.csv`)).status()).toBe(
      404,
    );
    expect((await forumEditor.page.request.get(`${baseURL}/admin/china-netav-2017/export/speakers.csv`)).status()).toBe(
      404,
    );
    await forumEditor.context.close();
  });
});
