import { and, asc, eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { openDatabase } from "@/db/connection";
import { conferences, forums, rooms, sessions, speakers, tracks } from "@/db/schema";
import { LOCALE_COOKIE_NAME } from "@/lib/i18n/locale-cookie";
import { seriousViolations } from "./support/axe";
import { signedIn } from "./support/sign-in";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");
const base = "/admin/china-netav-2017";

/** One row of each kind the workspace edits, so every edit page is walked too. */
function editPages(): string[] {
  const db = openDatabase(inject("databaseFile"));
  try {
    const conference = db.select().from(conferences).where(eq(conferences.slug, "china-netav-2017")).get()!;
    const first = <T extends { id: number }>(rows: T[]) => rows[0]!.id;
    const forum = first(
      db
        .select({ id: forums.id })
        .from(forums)
        .where(eq(forums.conferenceId, conference.id))
        .orderBy(asc(forums.id))
        .all(),
    );
    const session = first(
      db.select({ id: sessions.id }).from(sessions).where(eq(sessions.forumId, forum)).orderBy(asc(sessions.id)).all(),
    );
    const speaker = first(
      db
        .select({ id: speakers.id })
        .from(speakers)
        .where(and(eq(speakers.conferenceId, conference.id)))
        .orderBy(asc(speakers.id))
        .all(),
    );
    const room = first(db.select({ id: rooms.id }).from(rooms).where(eq(rooms.conferenceId, conference.id)).all());
    const track = first(db.select({ id: tracks.id }).from(tracks).where(eq(tracks.conferenceId, conference.id)).all());
    return [
      `${base}/sessions/${session}`,
      `${base}/speakers/${speaker}`,
      `${base}/forums/${forum}`,
      `${base}/rooms/${room}`,
      `${base}/tracks/${track}`,
    ];
  } finally {
    db.$client.close();
  }
}

// Issue 16: axe finds no serious or critical violation on any workspace page, /me or sign-in, in
// either language. A platform admin sees every page; one browser page walks them per language.
describe("the workspace, /me and sign-in under axe", () => {
  const browser = browserForTests();

  it("has no serious or critical violation on any page, in Chinese and in English", async () => {
    const pages = [
      "/admin",
      "/admin/organizations",
      "/admin/conferences/new",
      base,
      ...["schedule", "sessions", "sessions/new", "forums", "forums/new", "speakers", "speakers/new"].map(
        (p) => `${base}/${p}`,
      ),
      ...["rooms", "tracks", "publish", "log", "import", "settings", "organizers", "webhooks", "outbox"].map(
        (p) => `${base}/${p}`,
      ),
      ...editPages(),
      "/me",
    ];
    const found: Record<string, unknown> = {};
    const errors: string[] = [];
    // The two languages walk side by side, each in a signed-in profile of its own.
    const walk = async (language: string) => {
      const signed = await signedIn(browser(), baseURL, "admin@podium.test", "/admin");
      await signed.context.addCookies([{ name: LOCALE_COOKIE_NAME, value: language, url: baseURL }]);
      for (const path of pages) {
        // Rendered on the server: axe reads the page once it has loaded, without waiting for the network to idle.
        const response = await signed.page.goto(baseURL + path, { waitUntil: "load" });
        if (response?.status() !== 200) found[`${language} ${path}`] = `status ${response?.status()}`;
        const violations = await seriousViolations(signed.page);
        if (violations.length) found[`${language} ${path}`] = violations;
      }
      errors.push(...signed.errors);
      await signed.context.close();
    };
    await Promise.all(["zh-CN", "en"].map(walk));

    // Signed out: the sign-in page in both languages.
    for (const language of ["zh-CN", "en"]) {
      const visitor = await browser().newContext({ locale: language === "en" ? "en-US" : "zh-CN" });
      const signIn = await visitor.newPage();
      await signIn.goto(`${baseURL}/signin`, { waitUntil: "networkidle" });
      const violations = await seriousViolations(signIn);
      if (violations.length) found[`${language} /signin`] = violations;
      await visitor.close();
    }
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  }, 240_000);
});
