import { scratchTenancyRegressions } from "../support/tenancy-regression-setup";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { invitations, sessions, speakers } from "@/db/schema";
import { A_SLUG, B_KEYNOTE_GUID, B_SLUG } from "../support/tenancy-fixture";
import { newSessionForm, speakerForm } from "../support/tenancy-forms";
import { form, idle } from "../support/tenancy-table";
import { changedTables, snapshotConference, type TenantSnapshot } from "../support/tenant-snapshot";

// One test per finding of issue 13 about tenants, each failing on the code before it was
// fixed (6058aab): there a speakers CSV or a schedule file rewrote another conference's
// speakers and adopted its sessions, a forum editor could take over any speaker, and any
// organizer could change any organization and read its members' addresses (that last one:
// tenancy-regressions-organizations.test.ts).
const app = {
  ...(await import("../support/app-actions/sessions")),
  ...(await import("../support/app-actions/speakers")),
  ...(await import("../support/app-actions/invitations")),
  ...(await import("../support/app-actions/interop")),
};

const { t, as } = scratchTenancyRegressions();
let before: TenantSnapshot;
const speaker = (id: number) => t.fx.db.select().from(speakers).where(eq(speakers.id, id)).get()!;
const inA = (column: "slug" | "guid", value: string) =>
  t.fx.db
    .select()
    .from(speakers)
    .where(and(eq(speakers.conferenceId, t.fx.a.id), eq(speakers[column], value)))
    .get();
const upload = (name: string, text: string) =>
  app.importScheduleAction(idle, form({ $conference: A_SLUG, intent: "apply", file: new File([text], name) }));
const bExport = (format: "xml" | "json") => {
  const out = app.exportConference(t.fx.db, B_SLUG, format, {
    draft: false,
    origin: "http://podium.test",
    locale: "en",
  });
  if (!out.ok) throw new Error(out.message);
  return out.body;
};
const expectBUnchanged = () =>
  expect(changedTables(before, snapshotConference(t.fx.db, t.fx.b.id)), "tables of conference B changed").toEqual([]);

beforeAll(() => {
  vi.stubEnv("SMTP_HOST", "");
});
afterAll(() => {
  vi.unstubAllEnvs();
});
beforeEach(() => {
  before = snapshotConference(t.fx.db, t.fx.b.id);
});

describe("(i) an import into A matches B's speakers by neither slug nor guid", () => {
  it("a speakers CSV naming B's Ravi by slug makes a profile of A and leaves B's as it was", async () => {
    as("organizerA");
    expect(await upload("speakers.csv", "slug,name\r\nravi-dwivedi,DEFACED\r\n")).toMatchObject({
      status: "saved",
      data: { summary: { created: { speakers: 1 }, updated: { speakers: 0 } } },
    });
    expectBUnchanged();
    expect(speaker(t.fx.b.speakers.ravi).name).toBe("Ravi Dwivedi");
    expect(inA("slug", "ravi-dwivedi")).toMatchObject({ name: "DEFACED", conferenceId: t.fx.a.id });
  });

  it("a speakers CSV naming B's Bea by guid makes a profile of A with that guid", async () => {
    as("organizerA");
    const { guid } = speaker(t.fx.b.speakers.own);
    expect(await upload("speakers.csv", `guid,name,bio\r\n${guid},DEFACED,DEFACED\r\n`)).toMatchObject({
      status: "saved",
      data: { summary: { created: { speakers: 1 } } },
    });
    expectBUnchanged();
    expect(inA("guid", guid)).toMatchObject({ name: "DEFACED", bio: "DEFACED", userId: null });
  });

  for (const format of ["xml", "json"] as const) {
    it(`B's own schedule.${format} with Ravi renamed gives A its own Ravi and renames nobody of B`, async () => {
      as("organizerA");
      const { guid } = speaker(t.fx.b.speakers.ravi);
      const text = bExport(format).replaceAll("Ravi Dwivedi", `DEFACED ${format}`);
      expect(text).toContain(guid);
      expect(await upload(`schedule.${format}`, text)).toMatchObject({ status: "saved" });
      expectBUnchanged();
      expect(inA("guid", guid)).toMatchObject({ name: `DEFACED ${format}`, conferenceId: t.fx.a.id });
    });
  }
});

describe("(ii, iii) a forum editor of A reaches no speaker of B, and no account", () => {
  it("cannot put B's speaker into a draft session of their own forum", async () => {
    as("forumEditorA");
    const count = t.fx.db.select().from(sessions).all().length;
    const result = await app.saveSessionAction(
      idle,
      form({
        $conference: A_SLUG,
        ...newSessionForm(t.fx.a.summitId, "A draft with B's speaker", [[t.fx.b.speakers.own, "speaker"]]),
      }),
    );
    expect(result).toMatchObject({
      status: "error",
      fields: { "people.0.speakerId": { code: "notInConference", values: { kind: "speaker" } } },
    });
    expect(t.fx.db.select().from(sessions).all()).toHaveLength(count);
    expectBUnchanged();
  });

  it("finds none of B's speakers in the people search", async () => {
    as("forumEditorA");
    const ofB = new Set(Object.values(t.fx.b.speakers));
    for (const text of ["Bea", "Ravi", "b-speaker", "ravi-dwivedi", "马中骏"]) {
      const found = await app.searchSpeakersAction({ conference: A_SLUG, text });
      expect(found.status).toBe("saved");
      expect(found.data?.filter((s) => ofB.has(s.id))).toEqual([]);
    }
  });

  it("is no editor of B's speaker: no editor, no account email, no save, no unlink, no invitation", async () => {
    as("forumEditorA");
    expect(app.findSpeakerEditor(t.fx.db, t.fx.viewers.forumEditorA, t.fx.a.id, t.fx.b.speakers.own)).toBeNull();
    expect(
      await app.saveSpeakerAction(
        idle,
        form({
          $conference: A_SLUG,
          $speaker: String(t.fx.b.speakers.own),
          ...speakerForm(t.fx.db, t.fx.b.speakers.own, { bio: "DEFACED" }),
        }),
      ),
    ).toMatchObject({ status: "error", problem: { code: "notFound" } });
    expect(
      await app.unlinkSpeakerAccountAction(idle, form({ $conference: A_SLUG, $speaker: String(t.fx.b.speakers.own) })),
    ).toMatchObject({ status: "error", problem: { code: "forbidden" } });
    expect(
      await app.createInvitationAction(
        idle,
        form({ $conference: A_SLUG, $speaker: String(t.fx.b.speakers.own), email: "editor@example.org" }),
      ),
    ).toMatchObject({ status: "error", problem: { code: "forbidden" } });
    expectBUnchanged();
  });

  it("cannot unlink 王斌's account nor invite an address onto his profile", async () => {
    as("forumEditorA");
    const wangBin = t.fx.a.speaker("wang-bin");
    const invitationsBefore = t.fx.db.select().from(invitations).all().length;
    expect(
      await app.unlinkSpeakerAccountAction(idle, form({ $conference: A_SLUG, $speaker: String(wangBin) })),
    ).toMatchObject({ status: "error", problem: { code: "forbidden" } });
    expect(
      await app.createInvitationAction(
        idle,
        form({ $conference: A_SLUG, $speaker: String(wangBin), email: "editor@example.org" }),
      ),
    ).toMatchObject({ status: "error", problem: { code: "forbidden" } });
    expect(speaker(wangBin).userId).toBe(t.fx.viewers.speakerA!.userId);
    expect(t.fx.db.select().from(invitations).all()).toHaveLength(invitationsBefore);
  });
});

describe("(iv) a schedule file with B's session guid makes A's own session", () => {
  const oneEvent = (guid: string, title: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<schedule><version>1</version><conference><acronym>x</acronym><title>x</title><time_zone_name>Asia/Shanghai</time_zone_name></conference>` +
    `<day index="1" date="2017-12-01"><room name="主会场">${guid ? `<event id="1" guid="${guid}"><date>2017-12-01T16:00:00+08:00</date><start>16:00</start><duration>00:30</duration><room>主会场</room><title>${title}</title><type>talk</type><language>zh</language><persons/></event>` : ""}</room></day></schedule>`;
  const sessionIn = (conferenceId: number, title: string) =>
    t.fx.db.$client
      .prepare(
        "select s.* from sessions s join forums f on f.id = s.forum_id where f.conference_id = ? and s.title = ?",
      )
      .get(conferenceId, title) as { guid: string } | undefined;

  it("B's draft's guid: a new session of A, B's draft untouched", async () => {
    as("organizerA");
    const { guid } = t.fx.db
      .select({ guid: sessions.guid })
      .from(sessions)
      .where(eq(sessions.id, t.fx.b.sessions.draft))
      .get()!;
    expect(await upload("one.xml", oneEvent(guid, "A session with B's draft's guid"))).toMatchObject({
      status: "saved",
      data: { summary: { created: { sessions: 1 }, updated: { sessions: 0 } } },
    });
    expectBUnchanged();
    expect(sessionIn(t.fx.a.id, "A session with B's draft's guid")!.guid).not.toBe(guid);
  });

  it("not even when B holds the guid A would derive for it (anyone can derive it, and B may put any UUID in a file)", () => {
    const planted = app.guidInConference(B_KEYNOTE_GUID, t.fx.a.id);
    expect(
      t.fx.db.select({ guid: sessions.guid }).from(sessions).where(eq(sessions.id, t.fx.b.sessions.planted)).get()!
        .guid,
    ).toBe(planted);
    app.importSchedule(
      t.fx.db,
      t.fx.viewers.organizerA,
      app.parseSchedule("one.xml", oneEvent(B_KEYNOTE_GUID, "A copy of B's keynote")),
      { conference: A_SLUG },
    );
    expectBUnchanged();
    expect([B_KEYNOTE_GUID, planted]).not.toContain(sessionIn(t.fx.a.id, "A copy of B's keynote")!.guid);
  });

  it("a file naming both B's guid and the guid A gives it is refused naming both events, not written into one session", () => {
    const own = sessionIn(t.fx.a.id, "A copy of B's keynote")!.guid;
    const text = oneEvent(B_KEYNOTE_GUID, "first").replace(
      "</room></day>",
      `<event id="2" guid="${own}"><date>2017-12-01T17:00:00+08:00</date><start>17:00</start><duration>00:30</duration><room>主会场</room><title>second</title><type>talk</type><language>zh</language><persons/></event></room></day>`,
    );
    expect(() =>
      app.importSchedule(t.fx.db, t.fx.viewers.organizerA, app.parseSchedule("two.xml", text), { conference: A_SLUG }),
    ).toThrow(/“second” and “first” would share the guid/);
    expectBUnchanged();
  });
});
