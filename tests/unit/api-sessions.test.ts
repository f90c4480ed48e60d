import { describe, expect, it } from "vitest";
import { sessionSchema } from "@/lib/api/schemas";
import { filterSessions, sessionsOfRelease, toApiSessions, type ReleaseOfHistory } from "@/lib/api/sessions";
import { toLocalDateTime } from "@/lib/api/text";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

const ada = makeSpeaker(1, "王艾达", "Ada Wang");
const bo = makeSpeaker(2, "李博", "Bo Li");

/** A release published at `at` holding the given sessions (and both speakers). */
const release = (
  at: string,
  sessions: ReleaseSnapshot["sessions"],
  overrides: Partial<ReleaseSnapshot> = {},
): ReleaseOfHistory => ({
  publishedAt: new Date(at),
  snapshot: makeSnapshot({ sessions, speakers: [ada, bo], ...overrides }),
});

describe("sessions as the API shows them", () => {
  const panel = makeSession({
    title: "圆桌",
    kind: "panel",
    trackId: null,
    roomId: 2,
    startsAt: "2017-11-30T17:30:00.000Z",
    endsAt: "2017-11-30T18:30:00.000Z",
    translations: {
      en: { title: "Round table", abstract: "  " },
      fr: { title: "Table ronde" },
    } as ReleaseSnapshot["sessions"][number]["translations"],
    people: [
      { speakerId: 2, role: "panelist" },
      { speakerId: 1, role: "moderator" },
      { speakerId: 99, role: "speaker" },
    ],
  });
  const talk = makeSession({
    title: "演讲",
    status: "cancelled",
    startsAt: "2017-12-01T01:00:00.000Z",
    endsAt: "2017-12-01T01:30:00.000Z",
  });
  const [first, second] = sessionsOfRelease(makeSnapshot({ sessions: [talk, panel], speakers: [ada, bo] }));

  it("gives UTC instants and the conference's wall clock with its offset", () => {
    expect(first).toMatchObject({
      guid: panel.guid,
      startsAt: "2017-11-30T17:30:00.000Z",
      localStartsAt: "2017-12-01T01:30:00+08:00",
      localEndsAt: "2017-12-01T02:30:00+08:00",
      timeZone: "Asia/Shanghai",
    });
    expect(toLocalDateTime("2024-07-01T10:00:00Z", "Europe/Berlin")).toBe("2024-07-01T12:00:00+02:00");
    expect(toLocalDateTime("2024-01-01T03:00:00Z", "America/New_York")).toBe("2023-12-31T22:00:00-05:00");
    expect(toLocalDateTime("2024-01-01T03:00:00Z", "Asia/Kolkata")).toBe("2024-01-01T08:30:00+05:30");
    expect(toLocalDateTime("2024-01-01T03:00:00Z", "UTC")).toBe("2024-01-01T03:00:00+00:00");
  });

  it("orders the line-up as the programme does, names people by slug, and drops unknown speakers", () => {
    expect(first!.people).toEqual([
      { speaker: "p-1", name: "王艾达", role: "moderator", order: 0 },
      { speaker: "p-2", name: "李博", role: "panelist", order: 1 },
    ]);
  });

  it("names room, track and forum by slug, and keeps only known, non-blank translations", () => {
    expect(first).toMatchObject({
      room: { slug: "hall-2", name: "二厅", translations: {} },
      track: null,
      forum: "web-drama-summit",
      titleEn: "Round table",
    });
    expect(first!.translations).toEqual({ en: { title: "Round table" } });
    expect(second).toMatchObject({
      room: { slug: "hall-1", translations: { en: { name: "Hall 1" } } },
      status: "cancelled",
      titleEn: null,
    });
  });

  it("takes the original as the English title when the conference writes in English", () => {
    const snapshot = makeSnapshot({ sessions: [talk] });
    const [english] = sessionsOfRelease({ ...snapshot, conference: { ...snapshot.conference, defaultLocale: "en" } });
    expect(english!.titleEn).toBe("演讲");
  });

  it("shows no internal row ids, and matches the published schema", () => {
    const [session] = toApiSessions([release("2017-11-20T02:00:00Z", [panel])]);
    expect(sessionSchema.parse(session)).toEqual(session);
    expect(JSON.stringify(session)).not.toMatch(/"(id|forumId|roomId|trackId|speakerId)"/);
  });
});

describe("changedAt", () => {
  const a = makeSession({ title: "A" });
  const b = makeSession({ title: "B", startsAt: "2017-12-01T02:00:00.000Z", endsAt: "2017-12-01T03:00:00.000Z" });
  const v1 = release("2017-11-20T02:00:00Z", [a, b]);
  const changedAt = (history: ReleaseOfHistory[]) =>
    Object.fromEntries(toApiSessions(history).map((s) => [s.title, s.changedAt]));

  it("is the first release for a session nobody touched since", () => {
    const v2 = release("2017-11-25T00:00:00Z", [
      a,
      { ...b, version: 2, startsAt: "2017-12-01T04:00:00.000Z", endsAt: "2017-12-01T05:00:00.000Z" },
    ]);
    expect(changedAt([v2, v1])).toEqual({ A: "2017-11-20T02:00:00.000Z", B: "2017-11-25T00:00:00.000Z" });
  });

  it("moves on with every new version, even an edit that changed nothing else", () => {
    const v2 = release("2017-11-25T00:00:00Z", [{ ...a, version: 2 }, b]);
    expect(changedAt([v2, v1]).A).toBe("2017-11-25T00:00:00.000Z");
  });

  it("moves on when what the session shows changed without a new version, as a renamed room", () => {
    const renamed = release("2017-11-25T00:00:00Z", [a, b], {
      rooms: [{ id: 1, slug: "hall-1", name: "大厅", position: 0, translations: {} }],
    });
    expect(changedAt([renamed, v1])).toEqual({ A: "2017-11-25T00:00:00.000Z", B: "2017-11-25T00:00:00.000Z" });
  });

  it("stays put when only a speaker's own name changed", () => {
    const withAda = (s: typeof a) => ({ ...s, people: [{ speakerId: 1, role: "speaker" as const }] });
    const before = release("2017-11-20T02:00:00Z", [withAda(a)]);
    const after = release("2017-11-25T00:00:00Z", [withAda(a)], { speakers: [{ ...ada, name: "王爱达" }] });
    const [session] = toApiSessions([after, before]);
    expect(session).toMatchObject({ changedAt: "2017-11-20T02:00:00.000Z", people: [{ name: "王爱达" }] });
  });

  it("counts from its return when a session left a release and came back unchanged", () => {
    const without = release("2017-11-22T00:00:00Z", [a]);
    const back = release("2017-11-25T00:00:00Z", [a, b]);
    expect(changedAt([back, without, v1])).toEqual({ A: "2017-11-20T02:00:00.000Z", B: "2017-11-25T00:00:00.000Z" });
  });

  it("is empty without any release", () => {
    expect(toApiSessions([])).toEqual([]);
  });
});

describe("session filters", () => {
  /** A session by title, room and UTC times: 15:30Z is 23:30 in Shanghai, 16:30Z already the next day. */
  const placed = (
    title: string,
    roomId: number | null,
    startsAt: string,
    endsAt: string,
    more: Parameters<typeof makeSession>[0] = {},
  ) => makeSession({ title, roomId, startsAt, endsAt, ...more });
  const early = placed("Early", 2, "2017-11-30T16:30:00.000Z", "2017-11-30T17:00:00.000Z", {
    people: [{ speakerId: 1, role: "speaker" }],
  });
  const lateNight = placed("Late", 1, "2017-11-30T15:30:00.000Z", "2017-11-30T15:59:00.000Z", {
    people: [{ speakerId: 2, role: "speaker" }],
  });
  const other = placed("Other", null, "2017-12-01T03:00:00.000Z", "2017-12-01T04:00:00.000Z", { forumId: 2 });
  const forums = [...makeSnapshot().forums, { ...makeSnapshot().forums[0]!, id: 2, slug: "gala" }];
  const v1 = release("2017-11-20T02:00:00Z", [early, lateNight, { ...other, version: 1 }], { forums });
  const v2 = release("2017-11-25T00:00:00Z", [early, lateNight, { ...other, version: 2 }], { forums });
  const sessions = toApiSessions([v2, v1]);
  const titles = (filter: Parameters<typeof filterSessions>[1]) => filterSessions(sessions, filter).map((s) => s.title);

  it("keeps everything without filters", () => {
    expect(titles({})).toEqual(["Late", "Early", "Other"]);
  });

  it("picks a day by the conference's wall clock, not UTC", () => {
    expect(titles({ day: "2017-12-01" })).toEqual(["Early", "Other"]);
    expect(titles({ day: "2017-11-30" })).toEqual(["Late"]);
    expect(titles({ day: "2017-12-02" })).toEqual([]);
  });

  it("picks by forum, room and speaker slug, and combines filters", () => {
    expect(titles({ forum: "gala" })).toEqual(["Other"]);
    expect(titles({ room: "hall-1" })).toEqual(["Late"]);
    expect(titles({ speaker: "p-1" })).toEqual(["Early"]);
    expect(titles({ speaker: "p-1", room: "hall-1" })).toEqual([]);
    expect(titles({ forum: "no-such-forum" })).toEqual([]);
  });

  it("keeps sessions changed strictly after changedSince, whatever offset it is written with", () => {
    expect(titles({ changedSince: "2017-11-20T02:00:00.000Z" })).toEqual(["Other"]);
    expect(titles({ changedSince: "2017-11-20T10:00:00+08:00" })).toEqual(["Other"]);
    expect(titles({ changedSince: "2017-11-20T01:59:59Z" })).toEqual(["Late", "Early", "Other"]);
    expect(titles({ changedSince: "2017-11-25T00:00:00Z" })).toEqual([]);
  });
});
