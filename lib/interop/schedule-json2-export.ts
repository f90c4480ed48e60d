// Schedule JSON in the c3voc's newer draft (schema2.json, "alpha-3"): one flat list
// of events, participants with roles, rooms under groupings, localizable strings and
// a `state`. Validates strictly against the schema; deterministic like schema.json.
//
// What the schema cannot say, and how this export says it:
// - Event titles are plain strings there (only abstract and description are
//   LocalizableString): `title` is the primary-language title; the bilingual title
//   goes to `schedule.podium.localized_titles[guid]` (Schedule allows extra members).
// - Groupings hang on rooms only (Room.parent), events have no grouping of their own:
//   a room that hosts sessions of several forums is written once per forum, same
//   name, each under its forum; the first keeps the room's guid, the others derive one
//   (from the reshaped acronym, which a re-import keeps, so a re-export is unchanged).
// - Every event needs a track: trackless ones point at a track `no-track` that has no name.

import type { SessionRole } from "@/lib/domain/vocabulary";
import { dayEnd, dayStart, uniqueSlug, vocSlug } from "./export-format";
import { prepareExport, type PreparedEvent } from "./export-preparation";
import { exportGuid } from "./guids";
import type { ExportOptions, ScheduleDocument } from "./schedule-document";
import { conferenceName, conferencePlace, jsonSchedule, linksJson } from "./schedule-json-export";

type ParticipantRole = "SPEAKER" | "MODERATOR" | "CONTRIBUTOR" | "HOST" | "GUEST";

/** A panelist contributes to the session's content; GUEST reads as a show's visitor. A person with no role speaks. */
export const participantRoles: Record<SessionRole, ParticipantRole> = {
  speaker: "SPEAKER",
  moderator: "MODERATOR",
  panelist: "CONTRIBUTOR",
  host: "HOST",
};

/** Free-text types to the schema's enum, first match wins (lightning before talk); anything else is OTHER. */
const eventTypes: Array<[RegExp, string]> = [
  [/lightning/, "LIGHTNING_TALK"],
  [/hands-?on/, "HANDS-ON"],
  [/workshop|tutorial|工作坊/, "WORKSHOP"],
  [/panel|discussion|podium|round-?table|dialog|fishbowl|对话|圆桌|讨论/, "DISCUSSION"],
  [/meeting|meetup|\bbof\b/, "MEETING"],
  [/performance|表演|演出/, "PERFORMANCE"],
  [/concert|音乐会/, "CONCERT"],
  [/\bgame\b/, "GAME"],
  [/keynote|lecture|talk|devroom|maintrack|presentation|speech|演讲|报告/, "TALK"],
];
/** Breaks are the schema's MetaEvent BREAK, not an Event ("breakout" is no break). */
const BREAK = /\b(break|pause|lunch)\b|coffee|茶歇|午餐|午休/;

export function eventType(type: string): string {
  const word = type
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return eventTypes.find(([pattern]) => pattern.test(word))?.[1] ?? "OTHER";
}

export function exportScheduleJson2(document: ScheduleDocument, options: ExportOptions): string {
  const p = prepareExport(document, options);
  const { conference } = document;
  const isBreak = (e: PreparedEvent) => BREAK.test(e.source.type.trim().toLowerCase());
  // The schema has `state`: cancelled sessions stay, CANCELED. A MetaEvent has none, so a cancelled break is left out.
  const events = p.events.filter((e) => !(e.source.cancelled && isBreak(e)));

  const languages = unique(conference.languages.map(languageCode).filter((c): c is string => c !== null));
  const primaryOf = (language: string | null) =>
    languages.find((l) => l !== "en") ??
    (language !== null && languageCode(language) !== "en" ? languageCode(language) : null);
  const localized = (text: string, en: string | null, primary: string | null) =>
    en && primary ? { [primary]: text, en } : text;

  const groupSlugs = new Set<string>();
  const groupings = new Map(
    unique([...document.groups.map((g) => g.slug), ...events.flatMap((e) => e.source.group ?? [])]).map((slug) => {
      const group = document.groups.find((g) => g.slug === slug);
      const own = vocSlug(slug) ?? `forum-${exportGuid(`forum/${slug}`).slice(0, 8)}`;
      const grouping = {
        type: "Forum",
        name: group?.name ?? slug,
        slug: uniqueSlug(own, groupSlugs),
        guid: exportGuid(`${p.acronym}/forum/${slug}`),
        url: new URL(`forums/${encodeURIComponent(slug)}`, p.base).href,
      };
      return [slug, { grouping, nameEn: group?.nameEn ?? null }] as const;
    }),
  );

  const roomSlugs = new Set(p.rooms.flatMap((r) => (r.slug ? [r.slug] : [])));
  const groupOrder = [...groupings.keys()];
  const roomEntries = new Map<string, { name: string; slug?: string; guid: string; parent?: unknown }>();
  const entryKey = (room: string, group: string | null) => JSON.stringify([room, group]);
  for (const room of p.rooms) {
    const used = new Set(events.filter((e) => e.source.room === room.name).map((e) => e.source.group));
    const values = [...(used.has(null) || used.size === 0 ? [null] : []), ...groupOrder.filter((g) => used.has(g))];
    values.forEach((group, i) => {
      const grouping = group ? groupings.get(group)!.grouping : null;
      const slug =
        i === 0 ? room.slug : room.slug && grouping ? uniqueSlug(`${room.slug}-${grouping.slug}`, roomSlugs) : null;
      roomEntries.set(entryKey(room.name, group), {
        name: room.name,
        ...(slug ? { slug } : {}),
        guid: i === 0 ? room.guid : exportGuid(`${p.acronym}/room/${room.name}/${group}`),
        ...(grouping ? { parent: grouping } : {}),
      });
    });
  }
  const roomRef = ({ source }: PreparedEvent) => {
    const { name, slug, guid } = roomEntries.get(entryKey(source.room, source.group))!;
    return { name, ...(slug ? { slug } : {}), guid };
  };

  const tracks: Array<{ name?: string; slug: string; color?: string }> = p.tracks.map((t) => ({
    name: t.name,
    slug: t.slug,
    ...(t.color ? { color: t.color } : {}),
  }));
  const trackSlug = new Map(p.tracks.map((t) => [t.name, t.slug]));
  const noTrack = uniqueSlug("no-track", new Set(trackSlug.values()));
  if (events.some((e) => !e.source.track && !isBreak(e))) tracks.push({ slug: noTrack });

  const titles: Record<string, unknown> = {};
  const eventsJson = events.map((event) => {
    const { source, guid } = event;
    const times = { start: event.start, end: event.end };
    const primary = primaryOf(source.language);
    if (source.titleEn && primary) titles[guid] = { [primary]: source.title, en: source.titleEn };
    if (isBreak(event)) {
      return {
        guid,
        type: "BREAK",
        ...times,
        room: roomRef(event),
        title: source.title,
        ...(source.subtitle ? { subtitle: source.subtitle } : {}),
      };
    }
    return {
      guid,
      type: eventType(source.type),
      ...times,
      room: roomRef(event),
      slug: event.slug,
      url: event.url,
      title: source.title,
      subtitle: source.subtitle,
      language: languageCode(source.language) ?? primary ?? languages[0] ?? "en",
      track: { slug: source.track ? trackSlug.get(source.track)! : noTrack },
      abstract: localized(source.abstract, source.abstractEn, primary),
      description: source.description,
      participants: event.persons.map((person) => ({
        guid: person.participantGuid,
        name: person.name,
        role: participantRoles[person.role ?? "speaker"],
      })),
      links: linksJson(event),
      state: source.cancelled ? "CANCELED" : "CONFIRMED",
    };
  });

  const primary = primaryOf(null);
  const groupingNames: Record<string, unknown> = {};
  for (const { grouping, nameEn } of groupings.values()) {
    if (nameEn && primary && [...roomEntries.values()].some((r) => r.parent === grouping))
      groupingNames[grouping.slug] = { [primary]: grouping.name, en: nameEn };
  }
  return jsonSchedule("https://c3voc.de/schema/schedule2", p, options, {
    conference: {
      ...conferenceName(p),
      start: dayStart(p.dates[0]!, p.zone),
      end: dayEnd(p.dates[p.dates.length - 1]!, p.zone),
      timeslot_duration: `PT${p.timeslotMinutes}M`,
      ...conferencePlace(p),
      ...(languages.length ? { languages } : {}),
      tracks,
      rooms: [...roomEntries.values()],
      days: p.dates.map((date, i) => ({
        index: i + 1,
        date,
        start: dayStart(date, p.zone),
        end: dayEnd(date, p.zone),
      })),
    },
    events: eventsJson,
    ...(Object.keys(titles).length || Object.keys(groupingNames).length
      ? {
          podium: {
            ...(Object.keys(titles).length ? { localized_titles: titles } : {}),
            ...(Object.keys(groupingNames).length ? { localized_grouping_names: groupingNames } : {}),
          },
        }
      : {}),
  });
}

/** The schema's Language is ISO 639-1, two letters: `zh-CN` → `zh`; null when the code has no such head. */
export function languageCode(language: string): string | null {
  return /^([a-z]{2})(?:[-_]|$)/i.exec(language.trim())?.[1]?.toLowerCase() ?? null;
}

const unique = <T>(values: T[]) => values.filter((v, i) => values.indexOf(v) === i);
