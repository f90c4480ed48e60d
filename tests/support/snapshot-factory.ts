import type { ReleaseSnapshot, SnapshotSession } from "@/lib/release/snapshot";

let nextId = 1000;

export function makeSession(overrides: Partial<SnapshotSession> = {}): SnapshotSession {
  const id = nextId++;
  return {
    id,
    guid: `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`,
    forumId: 1,
    roomId: 1,
    trackId: null,
    kind: "talk",
    title: `Session ${id}`,
    abstract: "",
    startsAt: "2017-12-01T01:00:00.000Z",
    endsAt: "2017-12-01T01:30:00.000Z",
    language: "zh",
    status: "confirmed",
    version: 1,
    translations: {},
    people: [],
    ...overrides,
  };
}

/** A small, valid release snapshot of one conference in Asia/Shanghai. */
export function makeSnapshot(overrides: Partial<ReleaseSnapshot> = {}): ReleaseSnapshot {
  return {
    formatVersion: 1,
    conference: {
      id: 1,
      slug: "test-conf",
      name: "测试大会",
      shortName: null,
      theme: "",
      description: "",
      city: "成都",
      venue: "",
      timeZone: "Asia/Shanghai",
      startDate: "2017-11-29",
      endDate: "2017-12-01",
      defaultLocale: "zh-CN",
      website: null,
      translations: { en: { name: "Test Conference" } },
    },
    organizations: [
      {
        id: 1,
        slug: "migu",
        name: "咪咕文化科技有限公司",
        shortName: "咪咕",
        website: null,
        translations: { en: { name: "MIGU" } },
      },
    ],
    rooms: [
      { id: 1, slug: "hall-1", name: "一厅", position: 0, translations: { en: { name: "Hall 1" } } },
      { id: 2, slug: "hall-2", name: "二厅", position: 1, translations: {} },
    ],
    tracks: [],
    forums: [
      {
        id: 1,
        slug: "web-drama-summit",
        kind: "forum",
        name: "网络剧高峰论坛",
        theme: "主旨",
        description: "",
        date: "2017-12-01",
        position: 0,
        translations: { en: { name: "Web Drama Summit" } },
        organizations: [{ organizationId: 1, role: "organizer" }],
      },
    ],
    sessions: [],
    speakers: [],
    ...overrides,
  };
}

export type SnapshotSpeaker = ReleaseSnapshot["speakers"][number];

/** A speaker of a snapshot: CEO of 咪咕, with an English name and organization. */
export function makeSpeaker(id: number, name: string, en: string): SnapshotSpeaker {
  return {
    id,
    guid: `guid-${id}`,
    slug: `p-${id}`,
    name,
    position: "CEO",
    organization: "咪咕",
    organizationId: null,
    bio: "",
    photo: null,
    links: [],
    translations: { en: { name: en, organization: "MIGU" } },
  };
}
