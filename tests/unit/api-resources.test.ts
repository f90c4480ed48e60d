import { describe, expect, it } from "vitest";
import { toApiConference, toApiForums, toApiReleases } from "@/lib/api/conferences";
import { conferenceSchema, forumSchema, releaseSchema, speakerSchema } from "@/lib/api/schemas";
import { toApiSpeakers } from "@/lib/api/speakers";
import { absolutePhotoUrl } from "@/lib/api/text";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

const origin = "https://podium.example";

describe("conferences, forums and releases as the API shows them", () => {
  const snapshot = makeSnapshot({
    forums: [
      { ...makeSnapshot().forums[0]!, id: 1, slug: "late", date: "2017-12-01", position: 0 },
      {
        ...makeSnapshot().forums[0]!,
        id: 2,
        slug: "early-second",
        date: "2017-11-29",
        position: 1,
        organizations: [{ organizationId: 404, role: "convener" }],
      },
      { ...makeSnapshot().forums[0]!, id: 3, slug: "early-first", date: "2017-11-29", position: 0 },
    ],
    sessions: [makeSession({ forumId: 1 }), makeSession({ forumId: 1 }), makeSession({ forumId: 3 })],
  });

  it("names a conference by the slug it is published under now, with absolute links", () => {
    const conference = toApiConference(
      "renamed-conf",
      { version: "v3", publishedAt: new Date("2017-11-20T02:00:00Z"), snapshot },
      origin,
    );
    expect(conference).toMatchObject({
      slug: "renamed-conf",
      name: "测试大会",
      translations: { en: { name: "Test Conference" } },
      latestRelease: { version: "v3", publishedAt: "2017-11-20T02:00:00.000Z" },
      links: {
        self: `${origin}/api/v1/conferences/renamed-conf`,
        sessions: `${origin}/api/v1/conferences/renamed-conf/sessions`,
      },
    });
    expect(conferenceSchema.parse(conference)).toEqual(conference);
  });

  it("orders forums by date then position, counts their sessions and names their organizations by slug", () => {
    const forums = toApiForums("test-conf", snapshot, origin);
    expect(forums.map((f) => [f.slug, f.sessionCount])).toEqual([
      ["early-first", 1],
      ["early-second", 0],
      ["late", 2],
    ]);
    expect(forums[2]!.organizations).toEqual([
      {
        organization: {
          slug: "migu",
          name: "咪咕文化科技有限公司",
          shortName: "咪咕",
          translations: { en: { name: "MIGU" } },
        },
        role: "organizer",
      },
    ]);
    expect(forums[1]!.organizations).toEqual([]);
    expect(forums[0]!.links.sessions).toBe(`${origin}/api/v1/conferences/test-conf/sessions?forum=early-first`);
    for (const f of forums) expect(forumSchema.parse(f)).toEqual(f);
  });

  it("counts each release's changes", () => {
    const releases = toApiReleases([
      {
        version: "v2",
        publishedAt: new Date("2017-11-25T00:00:00Z"),
        snapshot,
        changelog: { added: ["x"], removed: ["y", "z"], changed: [{ guid: "w", fields: ["title"] }] },
      },
    ]);
    expect(releases).toEqual([
      {
        version: "v2",
        publishedAt: "2017-11-25T00:00:00.000Z",
        sessionCount: 3,
        changes: { added: 1, changed: 1, removed: 2 },
      },
    ]);
    expect(releaseSchema.parse(releases[0])).toEqual(releases[0]);
  });
});

describe("speakers as the API shows them", () => {
  const zed = {
    ...makeSpeaker(1, "赵", "Zhao"),
    slug: "zed",
    photo: "/media/photos/" + "a".repeat(64) + ".webp",
    links: [{ kind: "website" as const, url: "https://zed.example" }],
  };
  const amy = { ...makeSpeaker(2, "艾米", "Amy"), slug: "amy", photo: "https://cdn.example/amy.jpg" };
  const late = makeSession({
    startsAt: "2017-12-01T05:00:00.000Z",
    endsAt: "2017-12-01T06:00:00.000Z",
    people: [{ speakerId: 1, role: "speaker" }],
  });
  const early = makeSession({
    startsAt: "2017-12-01T01:00:00.000Z",
    endsAt: "2017-12-01T02:00:00.000Z",
    people: [
      { speakerId: 2, role: "moderator" },
      { speakerId: 1, role: "panelist" },
    ],
  });
  const speakers = toApiSpeakers(makeSnapshot({ speakers: [zed, amy], sessions: [late, early] }), origin);

  it("lists speakers by slug with their sessions in time order", () => {
    expect(speakers.map((s) => [s.slug, s.sessions])).toEqual([
      ["amy", [early.guid]],
      ["zed", [early.guid, late.guid]],
    ]);
  });

  it("gives photos as absolute addresses", () => {
    expect(speakers.map((s) => s.photo)).toEqual([
      "https://cdn.example/amy.jpg",
      `${origin}/media/photos/${"a".repeat(64)}.webp`,
    ]);
    expect(absolutePhotoUrl(null, origin)).toBeNull();
    expect(absolutePhotoUrl("javascript:alert(1)", origin)).toBeNull();
  });

  it("shows no internal ids or guids of speakers, and matches the published schema", () => {
    for (const s of speakers) {
      expect(speakerSchema.parse(s)).toEqual(s);
      expect(Object.keys(s)).not.toContain("id");
      expect(Object.keys(s)).not.toContain("organizationId");
    }
  });
});
