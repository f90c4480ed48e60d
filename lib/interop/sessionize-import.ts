// Reads Sessionize's "All data" JSON (sessions, speakers, rooms, categories) into
// the neutral ScheduleDocument. Its times are floating: they are read in the zone
// the user names (or the conference's); service and plenum sessions are kept.

import { isLocalDate } from "@/lib/time/zoned";
import { noteDuration, splitDuplicates } from "./event-review";
import { eventsDocument } from "./events-document";
import { ImportLog } from "./import-log";
import { atPath, type Place } from "./import-report";
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
  const zones = new ZoneReader(null, atPath("sessions"), log, options);
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
    log.ignore("sessionizeQuestions", atPath("questions"), undefined, root.questions.length);
  const profiles = [...speakers.values()].filter(
    (s) => text(s.bio) || text(s.tagLine) || text(s.profilePicture) || (Array.isArray(s.links) && s.links.length),
  );
  // A schedule import takes people by name; profiles come in with the speakers CSV.
  if (profiles.length) log.ignore("sessionizeProfiles", atPath("speakers"), undefined, profiles.length);

  const events: Array<{ event: ScheduleEvent; where: Place }> = [];
  (root.sessions as unknown[]).forEach((raw, i) => {
    const path = `sessions[${i}]`;
    const where = atPath(path);
    if (!isObject(raw)) throw new ScheduleFormatError("sessionNotObject", where);
    for (const key of Object.keys(raw))
      if (!SESSION_FIELDS.has(key)) log.ignore("jsonField", where, { kind: "session", field: key });
    const title = text(raw.title).trim();
    if (!title) throw new ScheduleFormatError("sessionNoTitle", atPath(`${path}.title`));
    const start = readTime(raw.startsAt, zones, atPath(`${path}.startsAt`));
    if (start === null) return log.ignore("sessionizeUnscheduled", where);
    const end = readTime(raw.endsAt, zones, atPath(`${path}.endsAt`)) ?? start;
    const durationMinutes = Math.max(0, Math.round((end - start) / 60_000));
    noteDuration(durationMinutes, where, log);
    const room = rooms.get(text(raw.roomId)) ?? "";
    if (!room) log.decide("sessionizeNoRoom", where);
    const categoryIds = (Array.isArray(raw.categoryItems) ? raw.categoryItems : []).map(text);
    for (const id of categoryIds)
      if (otherItems.has(id)) log.ignore("sessionizeCategory", where, { category: otherItems.get(id)! });
    const id = text(raw.id);
    if (raw.isServiceSession === true) log.decide("serviceSessions", where);
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
  if (events.length === 0) throw new ScheduleFormatError("noScheduledSessions", atPath("sessions"));
  splitDuplicates(events, log, derivedGuid);
  const timeZone = zones.documentZone(atPath("sessions"));
  const document = eventsDocument({
    title: options.fallbackTitle?.trim() || "Sessionize",
    fallbackAcronym: "sessionize",
    timeZone,
    events: events.map((e) => e.event),
    roomOrder: [...rooms.values()],
  });
  return { document, ignored: log.ignored, decisions: log.decisions };
}

function readSpeakers(value: unknown, speakers: Map<string, Json>, where: Place, log: ImportLog): SchedulePerson[] {
  return (Array.isArray(value) ? value : []).flatMap((ref): SchedulePerson[] => {
    // Sessionize lists speaker ids here; some exports inline { id, name }.
    const id = isObject(ref) ? text(ref.id) : text(ref);
    const speaker = speakers.get(id) ?? (isObject(ref) ? ref : undefined);
    const name = speaker
      ? (text(speaker.fullName) || `${text(speaker.firstName)} ${text(speaker.lastName)}` || text(speaker.name)).trim()
      : "";
    if (!name) {
      log.ignore("sessionizeUnknownSpeakers", where);
      return [];
    }
    return [
      { name, guid: isUuid(id) ? id : null, id: /^\d+$/.test(id) && Number(id) > 0 ? Number(id) : null, role: null },
    ];
  });
}

function readTime(value: unknown, zones: ZoneReader, where: Place): number | null {
  const m = typeof value === "string" ? DATE_TIME.exec(value.trim()) : null;
  if (!m || !isLocalDate(m[1]!)) return null;
  return zones.instant(`${m[1]}T${m[2]}:${m[3] ?? "00"}`, m[4] ?? null, where);
}

const items = (group: Json): Json[] => (Array.isArray(group.items) ? group.items.filter(isObject) : []);
