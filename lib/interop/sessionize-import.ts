// Reads Sessionize's "All data" JSON (sessions, speakers, rooms, categories) into
// the neutral ScheduleDocument. Its times are floating: they are read in the zone
// the user names (or the conference's); service and plenum sessions are kept.

import { slugify } from "@/lib/slug";
import { instantToLocalDate, isLocalDate } from "@/lib/time/zoned";
import { noteDuration, splitDuplicates } from "./event-review";
import { ImportLog } from "./import-log";
import { derivedGuid, isUuid } from "./guids";
import { absoluteHttp, isObject, text, type Json } from "./json-read";
import { type ParsedSchedule, type ScheduleEvent, ScheduleFormatError, type SchedulePerson } from "./schedule-document";
import { type ZoneOptions, ZoneReader } from "./zone-reader";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SESSION_FIELDS = new Set([
  "id",
  "title",
  "description",
  "startsAt",
  "endsAt",
  "isServiceSession",
  "isPlenumSession",
  "speakers",
  "categoryItems",
  "roomId",
  "room",
  "status",
  "questionAnswers",
  "liveUrl",
  "recordingUrl",
]);
// Category groups that are a session's theme; the others (format, level) are reported.
const TRACK_GROUP = /^(track|tracks|category|categories|topic|topics|theme|themes)$/i;

/** True for the shape of Sessionize's All data endpoint. */
export const isSessionizeAll = (root: unknown): root is Json =>
  isObject(root) && Array.isArray(root.sessions) && Array.isArray(root.speakers) && Array.isArray(root.rooms);

export function readSessionize(root: Json, options: ZoneOptions & { fallbackTitle?: string } = {}): ParsedSchedule {
  const log = new ImportLog();
  const zones = new ZoneReader(null, "sessions", log, options);
  const rooms = new Map((root.rooms as unknown[]).filter(isObject).map((r) => [text(r.id), text(r.name).trim()]));
  const speakers = new Map((root.speakers as unknown[]).filter(isObject).map((s) => [text(s.id), s]));
  const groups = (Array.isArray(root.categories) ? root.categories : []).filter(isObject);
  const trackGroup =
    groups.find((g) => TRACK_GROUP.test(text(g.title).trim())) ??
    [...groups].sort((a, b) => items(b).length - items(a).length)[0];
  const trackOf = new Map(trackGroup ? items(trackGroup).map((i) => [text(i.id), text(i.name).trim()]) : []);
  const otherItems = new Map(
    groups.filter((g) => g !== trackGroup).flatMap((g) => items(g).map((i) => [text(i.id), text(g.title)])),
  );
  if (Array.isArray(root.questions) && root.questions.length)
    log.ignore("questions", "questions", root.questions.length);
  const profiles = [...speakers.values()].filter(
    (s) => text(s.bio) || text(s.tagLine) || text(s.profilePicture) || (Array.isArray(s.links) && s.links.length),
  );
  // A schedule import takes people by name; profiles come in with the speakers CSV.
  if (profiles.length) log.ignore("speaker profiles (bio, tag line, photo, links)", "speakers", profiles.length);

  const events: Array<{ event: ScheduleEvent; where: string }> = [];
  (root.sessions as unknown[]).forEach((raw, i) => {
    const where = `sessions[${i}]`;
    if (!isObject(raw)) throw new ScheduleFormatError("A session must be an object", where);
    for (const key of Object.keys(raw)) if (!SESSION_FIELDS.has(key)) log.ignore(`session field "${key}"`, where);
    const title = text(raw.title).trim();
    if (!title) throw new ScheduleFormatError("The session has no title", `${where}.title`);
    const start = readTime(raw.startsAt, zones, `${where}.startsAt`);
    if (start === null) return log.ignore("sessions without a time (not on the schedule)", where);
    const end = readTime(raw.endsAt, zones, `${where}.endsAt`) ?? start;
    const durationMinutes = Math.max(0, Math.round((end - start) / 60_000));
    noteDuration(durationMinutes, where, log);
    const room = rooms.get(text(raw.roomId)) ?? "";
    if (!room) log.decide("sessions without a room: imported without one (listed under their forum)", where);
    const categoryIds = (Array.isArray(raw.categoryItems) ? raw.categoryItems : []).map(text);
    for (const id of categoryIds) if (otherItems.has(id)) log.ignore(`category “${otherItems.get(id)}”`, where);
    const id = text(raw.id);
    if (raw.isServiceSession === true)
      log.decide("service sessions (breaks, keynotes without speakers): kept as sessions", where);
    events.push({
      where,
      event: {
        // Sessionize's ids are its own across events: the guid derives from the id alone, not from the file's name.
        guid: isUuid(id) ? id : /^\d+$/.test(id) ? derivedGuid(`sessionize/session/${id}`) : null,
        id: /^\d+$/.test(id) && Number(id) > 0 ? Number(id) : null,
        start: new Date(start).toISOString(),
        durationMinutes,
        room,
        title,
        titleEn: null,
        subtitle: "",
        track: categoryIds.map((c) => trackOf.get(c)).find(Boolean) ?? null,
        group: null,
        type: raw.isPlenumSession === true ? "plenum" : raw.isServiceSession === true ? "service" : "talk",
        language: "",
        abstract: text(raw.description).replace(/\r\n?/g, "\n").trim(),
        abstractEn: null,
        description: "",
        slug: null,
        url: null,
        cancelled: false,
        persons: readSpeakers(raw.speakers, speakers, where, log),
        links: [raw.liveUrl, raw.recordingUrl]
          .map(absoluteHttp)
          .filter((u): u is string => u !== null)
          .map((url) => ({ url, title: url === raw.liveUrl ? "Live" : "Recording" })),
      },
    });
  });
  if (events.length === 0) throw new ScheduleFormatError("The file has no scheduled sessions", "sessions");
  splitDuplicates(events, log, derivedGuid);
  const timeZone = zones.documentZone("sessions");
  const dates = events
    .map(({ event }) => instantToLocalDate(new Date(event.start), timeZone ?? "UTC"))
    .filter(isLocalDate)
    .sort();
  const title = options.fallbackTitle?.trim() || "Sessionize";
  const inOrder = (pick: (e: ScheduleEvent) => string | null) => [
    ...new Set(events.map((e) => pick(e.event)).filter((v): v is string => Boolean(v))),
  ];
  return {
    document: {
      conference: {
        acronym: slugify(title) || "sessionize",
        title,
        subtitle: "",
        venue: "",
        city: "",
        startDate: dates[0]!,
        endDate: dates.at(-1)!,
        timeZone,
        url: null,
        languages: [],
      },
      rooms: [...rooms.values()]
        .filter((name) => name && events.some((e) => e.event.room === name))
        .map((name) => ({ name, guid: null })),
      tracks: inOrder((e) => e.track).map((name) => ({ name, color: null })),
      groups: [],
      events: events.map((e) => e.event),
    },
    ignored: log.ignored,
    decisions: log.decisions,
  };
}

function readSpeakers(value: unknown, speakers: Map<string, Json>, where: string, log: ImportLog): SchedulePerson[] {
  return (Array.isArray(value) ? value : []).flatMap((ref): SchedulePerson[] => {
    // Sessionize lists speaker ids here; some exports inline { id, name }.
    const id = isObject(ref) ? text(ref.id) : text(ref);
    const speaker = speakers.get(id) ?? (isObject(ref) ? ref : undefined);
    const name = speaker
      ? (text(speaker.fullName) || `${text(speaker.firstName)} ${text(speaker.lastName)}` || text(speaker.name)).trim()
      : "";
    if (!name) {
      log.ignore("speaker ids not among the file's speakers", where);
      return [];
    }
    return [
      { name, guid: isUuid(id) ? id : null, id: /^\d+$/.test(id) && Number(id) > 0 ? Number(id) : null, role: null },
    ];
  });
}

function readTime(value: unknown, zones: ZoneReader, where: string): number | null {
  const m = typeof value === "string" ? DATE_TIME.exec(value.trim()) : null;
  if (!m || !isLocalDate(m[1]!)) return null;
  return zones.instant(`${m[1]}T${m[2]}:${m[3] ?? "00"}`, m[4] ?? null, where);
}

const items = (group: Json): Json[] => (Array.isArray(group.items) ? group.items.filter(isObject) : []);
