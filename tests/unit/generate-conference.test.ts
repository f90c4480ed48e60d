import { describe, expect, it } from "vitest";
import { sessionRoles } from "@/lib/domain/vocabulary";
import { generateConference, generateSpeakerProfiles } from "@/lib/bench/generate-conference";
import { kindOf } from "@/lib/interop/import-plan";
import type { ScheduleDocument, ScheduleEvent } from "@/lib/interop/schedule-document";
import { findConflicts } from "@/lib/schedule/conflicts";
import { instantToLocalDate, instantToLocalTime } from "@/lib/time/zoned";

const zone = "Asia/Shanghai";
const conference = generateConference();
const endOf = (e: ScheduleEvent) => Date.parse(e.start) + e.durationMinutes * 60_000;

describe("generateConference", () => {
  it("gives the same document for the same seed, and another for another seed", () => {
    expect(generateConference({ seed: 7, sessions: 300, rooms: 20, speakers: 350 })).toEqual(
      generateConference({ seed: 7, sessions: 300, rooms: 20, speakers: 350 }),
    );
    expect(generateConference()).toEqual(conference);
    const other = generateConference({ seed: 2 });
    expect(other.events.map((e) => e.title)).not.toEqual(conference.events.map((e) => e.title));
    expect(other.events.map((e) => e.persons)).not.toEqual(conference.events.map((e) => e.persons));
  });

  it("makes a three-day Chinese conference of 1,000 sessions in 70 rooms with 1,200 speakers by default", () => {
    expect(conference.conference).toMatchObject({
      acronym: "scale-2026",
      timeZone: zone,
      startDate: "2026-09-15",
      endDate: "2026-09-17",
      languages: ["zh-CN", "en"],
    });
    expect(conference.events).toHaveLength(1000);
    expect(new Set(conference.events.map((e) => e.id)).size).toBe(1000);
    expect(conference.rooms).toHaveLength(70);
    expect(new Set(conference.rooms.map((r) => r.name)).size).toBe(70);
    expect(new Set(conference.events.flatMap((e) => e.persons.map((p) => p.id))).size).toBe(1200);
    expect(new Set(conference.events.map((e) => instantToLocalDate(new Date(e.start), zone)))).toEqual(
      new Set(["2026-09-15", "2026-09-16", "2026-09-17"]),
    );
  });

  it("groups sessions into some forty forums, each on one day in a few rooms, under tracks", () => {
    const { groups, tracks, events } = conference;
    expect(groups.length).toBeGreaterThanOrEqual(35);
    expect(groups.length).toBeLessThanOrEqual(50);
    expect(new Set(groups.map((g) => g.slug)).size).toBe(groups.length);
    for (const group of groups) {
      const own = events.filter((e) => e.group === group.slug);
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((e) => instantToLocalDate(new Date(e.start), zone)))).toEqual(new Set([group.date]));
      expect(new Set(own.map((e) => e.room)).size).toBeLessThanOrEqual(6);
    }
    expect(tracks.length).toBeGreaterThan(5);
    expect(events.every((e) => e.track === null || tracks.some((t) => t.name === e.track))).toBe(true);
    expect(events.every((e) => conference.rooms.some((r) => r.name === e.room))).toBe(true);
  });

  it("never books a room twice", () => {
    expect(roomClashes(conference)).toEqual([]);
    expect(roomClashes(generateConference({ seed: 99, sessions: 2000, rooms: 120, speakers: 2000, days: 2 }))).toEqual(
      [],
    );
  });

  it("keeps every session within its day, between 09:00 and 22:00", () => {
    for (const e of conference.events) {
      expect(e.durationMinutes).toBeGreaterThan(0);
      expect(instantToLocalTime(new Date(e.start), zone) >= "09:00").toBe(true);
      expect(instantToLocalDate(new Date(endOf(e) - 1), zone)).toBe(instantToLocalDate(new Date(e.start), zone));
      expect(instantToLocalTime(new Date(endOf(e)), zone) <= "22:00").toBe(true);
    }
  });

  it("casts people in roles that fit the kind of session", () => {
    const rolesOf = (type: string) =>
      conference.events.filter((e) => e.type === type).map((e) => e.persons.map((p) => p.role));
    expect(new Set(conference.events.map((e) => e.type))).toEqual(
      new Set(["keynote", "talk", "panel", "ceremony", "break"]),
    );
    expect(conference.events.every((e) => kindOf(e.type) === e.type)).toBe(true);
    expect(
      conference.events.every((e) => e.persons.every((p) => p.role !== null && sessionRoles.includes(p.role))),
    ).toBe(true);
    expect(rolesOf("break").every((roles) => roles.length === 0)).toBe(true);
    expect(rolesOf("ceremony").every((roles) => roles.length > 0 && roles.every((r) => r === "host"))).toBe(true);
    expect(rolesOf("keynote").every((roles) => roles.length > 0 && roles.every((r) => r === "speaker"))).toBe(true);
    for (const roles of rolesOf("panel")) {
      expect(roles.filter((r) => r === "moderator")).toHaveLength(1);
      expect(roles.filter((r) => r === "panelist").length).toBeGreaterThanOrEqual(3);
    }
    expect(conference.events.every((e) => new Set(e.persons.map((p) => p.id)).size === e.persons.length)).toBe(true);
  });

  it("writes Chinese titles, some with an English translation, some sessions in English, and cancels a few", () => {
    const { events } = conference;
    expect(events.every((e) => e.title.length > 0)).toBe(true);
    expect(events.filter((e) => e.language === "zh").every((e) => /[\u4e00-\u9fff]/.test(e.title))).toBe(true);
    expect(events.filter((e) => e.titleEn !== null).length).toBeGreaterThan(200);
    expect(events.filter((e) => e.language === "en").length).toBeGreaterThan(10);
    expect(events.filter((e) => e.language === "en").every((e) => !/[\u4e00-\u9fff]/.test(e.title))).toBe(true);
    const cancelled = events.filter((e) => e.cancelled);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.length).toBeLessThan(20);
    expect(new Set(conference.events.flatMap((e) => e.persons.map((p) => p.name))).size).toBeGreaterThan(1150);
  });

  it("books a few speakers twice at once and some while unavailable, for conflict detection to find", () => {
    const profiles = generateSpeakerProfiles();
    expect(profiles.map((p) => p.id)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(profiles.every((p) => p.organization.zh && p.organization.en && p.position.zh)).toBe(true);
    const names = new Map(conference.events.flatMap((e) => e.persons.map((p) => [p.id, p.name] as const)));
    expect(profiles.every((p) => names.get(p.id) === p.name)).toBe(true);
    const conflicts = findConflicts({
      conference: { startDate: "2026-09-15", endDate: "2026-09-17", timeZone: zone },
      forums: conference.groups.map((g, i) => ({ id: i, date: g.date })),
      sessions: conference.events.map((e) => ({
        id: e.id!,
        forumId: conference.groups.findIndex((g) => g.slug === e.group),
        roomId: conference.rooms.findIndex((r) => r.name === e.room),
        startsAt: new Date(e.start),
        endsAt: new Date(endOf(e)),
        status: e.cancelled ? "cancelled" : "confirmed",
        speakerIds: e.persons.map((p) => p.id!),
      })),
      unavailability: profiles.flatMap((p) =>
        p.unavailable.map((u) => ({
          speakerId: p.id,
          startsAt: new Date(`${u.startsAt}+08:00`),
          endsAt: new Date(`${u.endsAt}+08:00`),
        })),
      ),
    });
    const kinds = new Set(conflicts.map((c) => c.kind));
    expect(kinds).toEqual(new Set(["speaker-overlap", "speaker-unavailable"]));
    expect(conflicts.filter((c) => c.kind === "speaker-overlap").length).toBeLessThan(50);
  });

  it("scales down and refuses what cannot fit", () => {
    const small = generateConference({
      seed: 3,
      sessions: 60,
      rooms: 6,
      speakers: 80,
      days: 2,
      startDate: "2027-03-01",
    });
    expect(small.conference.acronym).toBe("scale-2027");
    expect(small.events).toHaveLength(60);
    expect(new Set(small.events.flatMap((e) => e.persons.map((p) => p.id))).size).toBe(80);
    expect(roomClashes(small)).toEqual([]);
    expect(() => generateConference({ rooms: 3 })).toThrow(RangeError);
    expect(() => generateConference({ rooms: 1 })).toThrow(RangeError);
    expect(() => generateConference({ startDate: "2026-02-30" })).toThrow(RangeError);
  });
});

function roomClashes(document: ScheduleDocument): string[] {
  const clashes: string[] = [];
  for (const room of document.rooms) {
    const inRoom = document.events.filter((e) => e.room === room.name).sort((a, b) => a.start.localeCompare(b.start));
    inRoom.slice(1).forEach((e, i) => {
      if (Date.parse(e.start) < endOf(inRoom[i]!)) clashes.push(`${room.name}: ${inRoom[i]!.id} and ${e.id}`);
    });
  }
  return clashes;
}
