import type { SessionRole } from "@/lib/domain/vocabulary";
import type { ScheduleDocument, ScheduleEvent } from "@/lib/interop/schedule-document";
import { datesBetween, isLocalDate, zonedToInstant } from "@/lib/time/zoned";
import { assignSpeakers, type Casting } from "./assign-speakers";
import { generateOrganizations, generateSpeakers, type GeneratedSpeaker } from "./generate-people";
import { panelAbstract, panelTitle, talkAbstract, talkTitle, type Bilingual } from "./generate-texts";
import { layOutProgramme, type PlacedSession } from "./lay-out-programme";
import { createRandom, type Random } from "./random";
import { domains, technologies, trackColors } from "./words";

// A large Chinese industry conference made up from a seed, for benchmarks and
// tests at the size of FOSDEM: the same options give the same document, byte
// for byte, on every machine.

export interface GenerateConferenceOptions {
  seed: number;
  sessions: number;
  rooms: number;
  speakers: number;
  days: number;
  /** First local date, `YYYY-MM-DD`; the acronym takes its year (`scale-2026`). */
  startDate: string;
}

export const defaultConferenceOptions: GenerateConferenceOptions = { seed: 1, sessions: 1000, rooms: 70, speakers: 1200, days: 3, startDate: "2026-09-15" };
export const GENERATED_TIME_ZONE = "Asia/Shanghai";

export function generateConference(options: Partial<GenerateConferenceOptions> = {}): ScheduleDocument {
  const o = { ...defaultConferenceOptions, ...options };
  checkOptions(o);
  const random = createRandom(o.seed);
  const dates = datesOf(o);
  const people = peopleOf(random, o);
  const layout = layOutProgramme(random, o);
  const placed = [...layout.sessions].sort((a, b) => a.day - b.day || a.start - b.start || a.room - b.room);
  const roomNames = Array.from({ length: o.rooms }, (_, i) => roomName(i));
  const languages = placed.map((s) => ((s.kind === "talk" && random.chance(0.06)) || (s.kind === "keynote" && random.chance(0.1)) ? "en" : "zh"));
  const casting = assignSpeakers(random, people, placed.map((s, i) => ({ roles: rolesOf(random, s), english: languages[i] === "en" })));
  const cancelled = new Set(random.shuffle(placed.flatMap((s, i) => (s.kind === "talk" ? [i] : []))).slice(0, Math.floor(o.sessions / 150)));

  const events = placed.map((s, i): ScheduleEvent => {
    const [hh, mm] = [Math.floor(s.start / 60), s.start % 60].map((n) => String(n).padStart(2, "0"));
    const text = textsOf(random, s, casting[i]!, languages[i] === "en");
    return {
      guid: null,
      id: i + 1,
      start: zonedToInstant(`${dates[s.day]}T${hh}:${mm}`, GENERATED_TIME_ZONE).toISOString(),
      durationMinutes: s.duration,
      room: roomNames[s.room]!,
      ...text,
      subtitle: "",
      track: s.forum.track,
      group: s.forum.slug,
      type: s.kind,
      language: languages[i]!,
      slug: null,
      url: null,
      cancelled: cancelled.has(i),
      persons: casting[i]!.map(({ speaker, role }) => ({ name: speaker.name, guid: null, id: speaker.id, role })),
      links: [],
    };
  });

  const year = o.startDate.slice(0, 4);
  return {
    conference: {
      acronym: `scale-${year}`,
      title: `${year}数智产业大会`,
      subtitle: "数智融合 · 共创未来",
      venue: "国际会议中心",
      city: "上海",
      startDate: dates[0]!,
      endDate: dates.at(-1)!,
      timeZone: GENERATED_TIME_ZONE,
      url: null,
      languages: ["zh-CN", "en"],
    },
    rooms: roomNames.map((name) => ({ name, guid: null })),
    tracks: layout.tracks.map((name, i) => ({ name, color: trackColors[i % trackColors.length]! })),
    groups: layout.forums.map((f) => ({ slug: f.slug, name: f.name.zh, nameEn: f.name.en, date: dates[f.day]! })),
    events,
  };
}

export interface SpeakerProfile {
  /** The person's id in the generated document. */
  id: number;
  name: string;
  organization: Bilingual;
  position: Bilingual;
  /** Local date-times of the conference, `YYYY-MM-DDTHH:mm`, when the speaker cannot take part. */
  unavailable: Array<{ startsAt: string; endsAt: string; note: string }>;
}

/**
 * What a schedule document has no place for about the people of
 * `generateConference(options)`: their organization and position, and for
 * about one in fifty an afternoon they cannot speak, so conflict detection
 * finds some sessions of unavailable speakers.
 */
export function generateSpeakerProfiles(options: Partial<GenerateConferenceOptions> = {}): SpeakerProfile[] {
  const o = { ...defaultConferenceOptions, ...options };
  checkOptions(o);
  const dates = datesOf(o);
  // People come first in the document's stream; their afternoons come from a stream of their own.
  const people = peopleOf(createRandom(o.seed), o);
  const random = createRandom(o.seed ^ 0x5eed);
  return people.map((p) => {
    const date = random.chance(0.02) ? random.pick(dates) : null;
    const unavailable = date ? [{ startsAt: `${date}T14:00`, endsAt: `${date}T18:00`, note: "下午另有安排" }] : [];
    return { id: p.id, name: p.name, organization: { zh: p.organization.zh, en: p.organization.en }, position: { zh: p.position.zh, en: p.position.en }, unavailable };
  });
}

function peopleOf(random: Random, o: GenerateConferenceOptions): GeneratedSpeaker[] {
  return generateSpeakers(random, o.speakers, generateOrganizations(random));
}

function datesOf(o: GenerateConferenceOptions): string[] {
  return datesBetween(o.startDate, addDays(o.startDate, o.days - 1));
}

function checkOptions(o: GenerateConferenceOptions): void {
  for (const key of ["sessions", "rooms", "speakers", "days"] as const) {
    if (!Number.isInteger(o[key]) || o[key] < 1) throw new RangeError(`${key} must be a positive whole number, not ${o[key]}`);
  }
  if (!Number.isInteger(o.seed)) throw new RangeError(`seed must be a whole number, not ${o.seed}`);
  if (o.rooms < 2) throw new RangeError("rooms must be at least 2: a main hall and a forum room");
  if (o.sessions < 2 * o.days) throw new RangeError(`sessions must be at least ${2 * o.days} for ${o.days} days`);
  if (!isLocalDate(o.startDate)) throw new RangeError(`startDate must be a date YYYY-MM-DD, not ${o.startDate}`);
}

/** The main hall, then rooms A101…A112, B101…, the way a convention centre numbers them. */
function roomName(index: number): string {
  if (index === 0) return "主会场";
  const hall = Math.floor((index - 1) / 12);
  if (hall >= 26) return `分会场${index}`;
  return `${String.fromCharCode(65 + hall)}${101 + ((index - 1) % 12)}会议室`;
}

function rolesOf(random: Random, s: PlacedSession): SessionRole[] {
  if (s.kind === "break") return [];
  if (s.kind === "ceremony") return s.grand ? ["host", "host"] : ["host"];
  if (s.kind === "panel") return ["moderator", ...Array<SessionRole>(random.int(3, 5)).fill("panelist")];
  if (s.kind === "talk" && random.chance(0.15)) return ["speaker", "speaker"];
  return ["speaker"];
}

function textsOf(random: Random, s: PlacedSession, cast: Casting, english: boolean): Pick<ScheduleEvent, "title" | "titleEn" | "abstract" | "abstractEn" | "description"> {
  if (s.title) {
    const abstract = s.kind === "ceremony" ? `${s.forum.name.zh}${s.title.zh}。` : "";
    return { title: s.title.zh, titleEn: s.title.en, abstract, abstractEn: null, description: "" };
  }
  const theme = s.forum.theme ?? { technology: random.pick(technologies), domain: random.pick(domains) };
  const lead = cast[0]?.speaker;
  const title = s.kind === "panel" ? panelTitle(random, theme) : talkTitle(random, theme, s.kind === "keynote");
  const abstract: Bilingual = s.kind === "panel" || !lead ? panelAbstract(theme) : talkAbstract(random, theme, lead.organization);
  const description = cast.map(({ speaker }) => introduce(speaker, english)).join(english ? " " : "");
  if (english) return { title: title.en, titleEn: null, abstract: abstract.en, abstractEn: null, description };
  const translated = random.chance(0.35);
  return { title: title.zh, titleEn: translated ? title.en : null, abstract: abstract.zh, abstractEn: translated && random.chance(0.5) ? abstract.en : null, description };
}

function introduce(speaker: GeneratedSpeaker, english: boolean): string {
  return english ? `${speaker.name}, ${speaker.position.en}, ${speaker.organization.en}.` : `${speaker.name}，${speaker.organization.zh}${speaker.position.zh}。`;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
