import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { speakers } from "@/db/schema";
import { A_SLUG, B_SLUG, NOBODY, type Role, type Tenancy } from "../support/tenancy-fixture";
import { ownProfileForm, speakerForm } from "../support/tenancy-forms";
import { fresh, itTriesEveryRole, post, postedUnder, viaData, type TenancyCase } from "../support/tenancy-table";

// The speaker's own page, tried as every role against both conferences: a speaker edits their own
// profiles, every conference's (马中骏 keeps two), and nobody else's.
const app = {
  ...(await import("../support/app-actions/speakers")),
  ...(await import("../support/app-actions/own-profile")),
};

const window = (day: string) => JSON.stringify([{ startsAt: `${day}T08:00`, endsAt: `${day}T09:00`, note: fresh() }]);
const bea = (fx: Tenancy) => fx.b.speakers.own;
const maA = (fx: Tenancy) => fx.shared.aSpeakerId;
const maB = (fx: Tenancy) => fx.shared.bSpeakerId;
/** Saves a profile's /me form with a new bio (or `bio`), as the viewer's own. */
const updateOwn =
  (profile: (fx: Tenancy) => number, bio?: string): TenancyCase["attempt"] =>
  (fx, viewer) =>
    viaData(() =>
      app.updateOwnProfile(
        { db: fx.db, viewer },
        profile(fx),
        ownProfileForm(fx.db, profile(fx), { bio: bio ?? fresh() }),
      ),
    );
/** A speaker's unavailability told to conference A or B through one of their profiles: B changes only when told, by its own. */
const unavailabilityCases = (
  rows: Array<[name: string, profile: (fx: Tenancy) => number, under: "A" | "B", day: string, allowed: Role[]]>,
): TenancyCase[] =>
  rows.map(([name, profile, under, day, allowed]) => ({
    name,
    allowed,
    changesB: under === "B" ? allowed : undefined,
    attempt: (fx, viewer) =>
      viaData(() =>
        app.updateOwnUnavailability({ db: fx.db, viewer }, profile(fx), postedUnder(fx, under).id, {
          unavailability: window(day),
        }),
      ),
  }));
const mentionsB = (data: unknown) => (JSON.stringify(data).includes(B_SLUG) ? "allow" : "deny");

let jpeg: Uint8Array;
let uploads: string;
const photo = () => new File([new Uint8Array(jpeg)], "portrait.jpg", { type: "image/jpeg" });

const cases: TenancyCase[] = [
  {
    name: "update 王斌's own profile (data)",
    allowed: ["speakerA"],
    attempt: updateOwn((fx) => fx.a.speaker("wang-bin")),
  },
  { name: "update Bea's own profile (data)", allowed: ["speakerB"], changesB: ["speakerB"], attempt: updateOwn(bea) },
  {
    name: "update 马中骏's profiles from his A profile (data)",
    allowed: ["bothSpeaker"],
    changesB: ["bothSpeaker"],
    attempt: async (fx, viewer) => {
      const outcome = await updateOwn(maA)(fx, viewer, undefined);
      const bio = (id: number) =>
        fx.db.select({ bio: speakers.bio }).from(speakers).where(eq(speakers.id, id)).get()!.bio;
      if (outcome === "allow") expect(bio(fx.shared.bSpeakerId)).toBe(bio(fx.shared.aSpeakerId));
      return outcome;
    },
  },
  {
    name: "update Ravi's profile as one's own (data)",
    allowed: NOBODY,
    attempt: updateOwn((fx) => fx.b.speakers.ravi, "DEFACED"),
  },
  {
    name: "save Bea's own profile (action)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx) =>
      post(app.saveOwnProfileAction, {
        $conference: A_SLUG,
        $speaker: String(bea(fx)),
        ...ownProfileForm(fx.db, bea(fx), { bio: fresh() }),
      }),
  },
  ...unavailabilityCases([
    ["tell B Bea's unavailability (data)", bea, "B", "2030-01-02", ["speakerB"]],
    ["tell A Bea's unavailability (data)", bea, "A", "2017-12-01", []],
    ["tell A 马中骏's unavailability through his A profile (data)", maA, "A", "2017-12-01", ["bothSpeaker"]],
    ["tell B 马中骏's unavailability through his B profile (data)", maB, "B", "2030-01-01", ["bothSpeaker"]],
    ["tell B 马中骏's unavailability through his A profile (data)", maA, "B", "2030-01-01", []],
    ["tell A 马中骏's unavailability through his B profile (data)", maB, "A", "2017-12-01", []],
  ]),
  {
    name: "save Bea's unavailability with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      post(app.saveOwnUnavailabilityAction, {
        $conference: A_SLUG,
        $speaker: String(bea(fx)),
        unavailability: window("2017-12-01"),
      }),
  },
  {
    name: "save Bea's unavailability in B (action)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx) =>
      post(app.saveOwnUnavailabilityAction, {
        $conference: B_SLUG,
        $speaker: String(bea(fx)),
        unavailability: window("2030-01-02"),
      }),
  },
  {
    name: "set Bea's own photo (data)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx, viewer) =>
      viaData(() => app.setOwnPhoto({ db: fx.db, viewer }, fx.b.speakers.own, jpeg, { dir: uploads })),
  },
  {
    name: "set Ravi's photo as one's own (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() => app.setOwnPhoto({ db: fx.db, viewer }, fx.b.speakers.ravi, jpeg, { dir: uploads })),
  },
  {
    name: "remove 马中骏's photos from his A profile (data)",
    allowed: ["bothSpeaker"],
    changesB: ["bothSpeaker"],
    attempt: (fx, viewer) =>
      viaData(() => app.removeOwnPhoto({ db: fx.db, viewer }, fx.shared.aSpeakerId, { dir: uploads })),
  },
  {
    name: "upload Bea's own photo (action)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx) => post(app.uploadOwnPhotoAction, { $conference: A_SLUG, $speaker: String(bea(fx)), photo: photo() }),
  },
  {
    name: "remove Ravi's photo as one's own (action)",
    allowed: NOBODY,
    attempt: (fx) => post(app.removeOwnPhotoAction, { $conference: A_SLUG, $speaker: String(fx.b.speakers.ravi) }),
  },
  {
    name: "see B on one's own page",
    allowed: ["speakerB", "bothSpeaker"],
    attempt: (fx, viewer) => mentionsB(app.findMyProfile(fx.db, viewer)),
  },
  {
    name: "see B's sessions among one's own",
    allowed: ["speakerB", "bothSpeaker"],
    attempt: (fx, viewer) => mentionsB(app.listMySessions(fx.db, viewer)),
  },
];

describe("tenancy: the speaker's own page in two conferences", () => {
  const t = scratchTenancy();
  beforeAll(async () => {
    uploads = fs.mkdtempSync(path.join(os.tmpdir(), "podium-tenancy-uploads-"));
    vi.stubEnv("UPLOADS_DIR", uploads);
    vi.stubEnv("SMTP_HOST", "");
    jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#2040b0" } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(uploads, { recursive: true, force: true });
  });

  // Photos are files named by content: one B shows stays when a speaker of A drops the same picture.
  it("keeps a photo file B's profile shows when 王斌 removes the same picture from his own", async () => {
    const wangBin = t.fx.a.speaker("wang-bin");
    const set = await app.setOwnPhoto({ db: t.fx.db, viewer: t.fx.viewers.speakerA }, wangBin, jpeg, { dir: uploads });
    if (!set.ok) throw new Error("fixture");
    const url = set.value.photo!;
    // B's organizers may point a profile at any stored photo, one seen on A's public pages among them.
    expect(
      await viaData(() =>
        app.saveSpeaker(
          { db: t.fx.db, viewer: t.fx.viewers.organizerB },
          t.fx.b.id,
          t.fx.b.speakers.ravi,
          speakerForm(t.fx.db, t.fx.b.speakers.ravi, { photo: url }),
        ),
      ),
    ).toBe("allow");
    const files = () => fs.readdirSync(path.join(uploads, "photos"), { recursive: true }).map(String).sort();
    const before = files();
    expect(
      await viaData(() =>
        app.removeOwnPhoto({ db: t.fx.db, viewer: t.fx.viewers.speakerA }, wangBin, { dir: uploads }),
      ),
    ).toBe("allow");
    expect(files()).toEqual(before);
    expect(
      t.fx.db.select({ photo: speakers.photo }).from(speakers).where(eq(speakers.id, t.fx.b.speakers.ravi)).get()!
        .photo,
    ).toBe(url);
  });

  itTriesEveryRole(t, cases);
});
