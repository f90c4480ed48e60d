import type { SessionKind } from "@/lib/domain/vocabulary";
import type { Bilingual, Theme } from "./generate-texts";
import { forumName } from "./generate-texts";
import type { Random } from "./random";
import { domains, technologies } from "./words";

// Where and when each generated session takes place. Every room runs one
// timeline per day, so rooms are never booked twice by construction.

export interface PlannedForum {
  slug: string;
  name: Bilingual;
  day: number;
  /** Null for the plenary, which ranges over every topic. */
  track: string | null;
  theme: Theme | null;
}

export interface PlacedSession {
  day: number;
  /** Index into the conference's rooms; 0 is the main hall. */
  room: number;
  /** Local minutes after midnight. */
  start: number;
  duration: number;
  kind: SessionKind;
  forum: PlannedForum;
  /** Set for sessions whose title is fixed: ceremonies and breaks. */
  title: Bilingual | null;
  /** The plenary's opening ceremony, which has two hosts. */
  grand: boolean;
}

export interface Layout {
  forums: PlannedForum[];
  tracks: string[];
  sessions: PlacedSession[];
}

const MORNING = 9 * 60;
const LUNCH_START = 12 * 60;
const LUNCH_END = 13 * 60 + 30;
const LATEST_END = 22 * 60;
/** A forum takes another room for every this many sessions. */
const SESSIONS_PER_ROOM = 10;
const SESSIONS_PER_FORUM = 24;

const fixed = {
  opening: { zh: "开幕式", en: "Opening Ceremony" },
  welcome: { zh: "主持人开场", en: "Welcome" },
  closing: { zh: "闭幕式", en: "Closing Ceremony" },
  remarks: { zh: "开幕致辞", en: "Opening Remarks" },
  break: { zh: "茶歇", en: "Coffee Break" },
};

export function layOutProgramme(random: Random, o: { sessions: number; rooms: number; days: number }): Layout {
  const trackTerms = random.shuffle(technologies).slice(0, Math.min(12, technologies.length));
  const plenaryPerDay = Math.max(1, Math.min(10, Math.floor(o.sessions / o.days / 30)));
  const forumSessions = o.sessions - plenaryPerDay * o.days;
  const forumCount = Math.max(1, Math.min(Math.round(forumSessions / SESSIONS_PER_FORUM), (o.rooms - 1) * o.days, forumSessions));
  const sizes = apportion(forumSessions, Array.from({ length: forumCount }, () => random.int(60, 140)));

  const taken = new Set<string>();
  const plenaries: PlannedForum[] = Array.from({ length: o.days }, (_, day) => ({
    slug: `plenary-day-${day + 1}`,
    name: { zh: `主论坛（第${day + 1}天）`, en: `Plenary, Day ${day + 1}` },
    day,
    track: null,
    theme: null,
  }));
  const forums: PlannedForum[] = sizes.map((_, i) => {
    const technology = trackTerms[i % trackTerms.length]!;
    const theme = { technology, domain: random.pick(domains) };
    let slug = `${technology.slug}-${theme.domain.slug}-forum`;
    for (let n = 2; taken.has(slug); n++) slug = `${technology.slug}-${theme.domain.slug}-forum-${n}`;
    taken.add(slug);
    return { slug, name: forumName(random, theme), day: i % o.days, track: technology.zh, theme };
  });

  const sessions: PlacedSession[] = [];
  for (const plenary of plenaries) sessions.push(...fillRoom(random, plenaryKinds(plenaryPerDay, plenary.day, o.days), { day: plenary.day, room: 0, forum: plenary, start: MORNING }));
  for (let day = 0; day < o.days; day++) {
    const today = forums.flatMap((forum, i) => (forum.day === day ? [{ forum, size: sizes[i]! }] : []));
    const roomCounts = fitRooms(today.map((f) => Math.ceil(f.size / SESSIONS_PER_ROOM)), o.rooms - 1);
    // Each day starts its run of rooms elsewhere, so over the days every room gets used.
    let next = Math.round((day * (o.rooms - 1)) / o.days);
    today.forEach(({ forum, size }, i) => {
      const chunks = apportion(size, Array.from({ length: roomCounts[i]! }, () => 1));
      chunks.forEach((count, c) => {
        const room = 1 + (next++ % (o.rooms - 1));
        const start = c > 0 && random.chance(0.3) ? MORNING + 30 : MORNING;
        sessions.push(...fillRoom(random, forumKinds(count, c === 0), { day, room, forum, start }));
      });
    });
  }
  return { forums: [...plenaries, ...forums], tracks: trackTerms.map((t) => t.zh), sessions };
}

type Step = { kind: SessionKind; title: Bilingual | null; duration?: number; grand?: boolean };

/** The main hall's day: opening, keynotes around a break, a panel, and on the last day the closing. */
function plenaryKinds(count: number, day: number, days: number): Step[] {
  const opening: Step = day === 0 ? { kind: "ceremony", title: fixed.opening, duration: 30, grand: true } : { kind: "ceremony", title: fixed.welcome, duration: 10 };
  const middle: Step[] = ["keynote", "keynote", "keynote", "break", "keynote", "keynote", "panel", "keynote", "keynote", "keynote"].map((kind) => ({ kind: kind as SessionKind, title: kind === "break" ? fixed.break : null }));
  const closing: Step[] = day === days - 1 && count > 1 ? [{ kind: "ceremony", title: fixed.closing, duration: 30 }] : [];
  return [opening, ...middle].slice(0, count - closing.length).concat(closing);
}

/** One room of a forum: the first opens with remarks and keynotes; longer runs get a break; most end in a panel. */
function forumKinds(count: number, first: boolean): Step[] {
  const head: Step[] = first && count >= 3 ? [{ kind: "ceremony", title: fixed.remarks, duration: 15 }, ...Array<Step>(count >= 6 ? 2 : 1).fill({ kind: "keynote", title: null })] : [];
  const panel: Step[] = count - head.length >= 4 ? [{ kind: "panel", title: null }] : [];
  const talks: Step[] = Array.from({ length: count - head.length - panel.length }, () => ({ kind: "talk", title: null }));
  if (count >= 7) talks.splice(Math.min(3, talks.length - 1), 1, { kind: "break", title: fixed.break });
  return [...head, ...talks, ...panel];
}

function fillRoom(random: Random, steps: Step[], at: { day: number; room: number; forum: PlannedForum; start: number }): PlacedSession[] {
  let cursor = at.start;
  return steps.map((step) => {
    const duration = step.duration ?? durationOf(random, step.kind);
    if (cursor < LUNCH_START && cursor + duration > LUNCH_START) cursor = LUNCH_END;
    if (cursor + duration > LATEST_END) throw new RangeError(`The sessions do not fit into the rooms and days (room ${at.room}, day ${at.day + 1}): add rooms or days`);
    const placed: PlacedSession = { day: at.day, room: at.room, start: cursor, duration, kind: step.kind, forum: at.forum, title: step.title, grand: step.grand ?? false };
    cursor += duration + (step.kind === "break" ? 0 : random.pick([0, 5, 5, 10]));
    return placed;
  });
}

function durationOf(random: Random, kind: SessionKind): number {
  if (kind === "keynote") return 30;
  if (kind === "panel") return random.pick([45, 60]);
  if (kind === "break") return random.pick([15, 20]);
  if (kind === "ceremony") return 15;
  return random.pick([20, 25, 30, 30, 40]);
}

/** Rooms per forum, fewest one each, cut from the largest until the day's forums fit. */
function fitRooms(wanted: number[], available: number): number[] {
  const counts = wanted.map((n) => Math.max(1, n));
  let total = counts.reduce((a, b) => a + b, 0);
  while (total > available) {
    const largest = counts.indexOf(Math.max(...counts));
    if (counts[largest]! <= 1) break;
    counts[largest]! -= 1;
    total -= 1;
  }
  return counts;
}

/** Splits `total` into integer parts proportional to integer `weights`, each at least one (largest remainder, exact). */
function apportion(total: number, weights: number[]): number[] {
  const rest = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => 1 + Math.floor((rest * w) / sum));
  const order = weights.map((w, i) => ({ i, remainder: (rest * w) % sum })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k]!.i]! += 1;
  return parts;
}
