// Reads schedule JSON into a ScheduleDocument: schema.json as frab and pretalx write it
// (days → rooms → events) and the schema2 draft (flat events, participants with roles,
// rooms under groupings, localizable strings), told apart by shape. Tolerant of what
// real files add, leave out or get wrong — reported in `ignored` or `decisions` — and strict where taking the file
// would lose or invent data: ScheduleFormatError naming the JSON path.

import { slugify } from "@/lib/slug";
import { isLocalDate } from "@/lib/time/zoned";
import { splitDuplicates } from "./event-review";
import { derivedGuid } from "./guids";
import { atPath, type Place } from "./import-report";
import { absoluteHttp, isObject, parseJson, text } from "./json-read";
import {
  addRoom,
  type Context,
  JsonLog,
  localizable,
  readRooms,
  readTracks,
  roomOfName,
  roomOfReference,
  trackOfReference,
} from "./schedule-json-context";
import { localDateOf, readEvent, readStart, startFromClock } from "./schedule-json-event";
import { ScheduleFormatError, type ParsedSchedule, type ScheduleEvent } from "./schedule-document";
import { type ZoneOptions, ZoneReader } from "./zone-reader";

export function parseScheduleJson(source: string, options: ZoneOptions = {}): ParsedSchedule {
  return readScheduleJson(parseJson(source), options);
}

/** A parsed schedule JSON (schema.json or schema2) as a document. */
export function readScheduleJson(root: unknown, options: ZoneOptions = {}): ParsedSchedule {
  if (!isObject(root)) throw new ScheduleFormatError("jsonNotObject", atPath("document"));
  const schedule = root.schedule;
  if (!isObject(schedule)) throw new ScheduleFormatError("jsonNoSchedule", atPath("schedule"));
  const conference = schedule.conference;
  if (!isObject(conference)) throw new ScheduleFormatError("jsonNoConference", atPath("schedule.conference"));

  const log = new JsonLog();
  log.extras(root, "document", "document");
  log.extras(schedule, "schedule", "schedule");
  log.extras(conference, "conference", "schedule.conference");
  const zones = new ZoneReader(
    text(conference.time_zone_name) || null,
    atPath("schedule.conference.time_zone_name"),
    log,
    options,
  );
  const podium = isObject(schedule.podium) ? schedule.podium : {};
  const ctx: Context = {
    log,
    zones,
    rooms: [],
    tracks: [],
    groups: new Map(),
    roomEntries: new Map(),
    localTitles: isObject(podium.localized_titles) ? podium.localized_titles : {},
  };
  readRooms(conference.rooms, ctx, isObject(podium.localized_grouping_names) ? podium.localized_grouping_names : {});
  const trackSlugs = readTracks(conference.tracks, ctx);

  const events: Array<{ event: ScheduleEvent; date: string; where: Place }> = [];
  if (Array.isArray(schedule.events)) {
    schedule.events.forEach((raw, i) => {
      const path = `schedule.events[${i}]`;
      if (!isObject(raw)) throw new ScheduleFormatError("jsonEventNotObject", atPath(path));
      const meta = raw.type === "BREAK" || raw.type === "META";
      if (meta && raw.room == null) return log.ignore("jsonMetaWithoutRoom", atPath(path));
      const start = readStart(raw.start, zones, `${path}.start`);
      if (!start) throw new ScheduleFormatError("noReadableStart", atPath(`${path}.start`));
      const { room, group } = roomOfReference(raw.room, ctx, `${path}.room`);
      events.push({
        ...readEvent(raw, path, ctx, start, room, group, trackOfReference(raw.track, trackSlugs, ctx)),
        where: atPath(path),
      });
    });
  } else if (Array.isArray(conference.days)) {
    conference.days.forEach((day, d) => {
      const dayPath = `schedule.conference.days[${d}]`;
      if (!isObject(day)) throw new ScheduleFormatError("jsonDayNotObject", atPath(dayPath));
      log.extras(day, "day", dayPath);
      if (day.rooms == null) return;
      if (!isObject(day.rooms)) throw new ScheduleFormatError("jsonDayRooms", atPath(`${dayPath}.rooms`));
      for (const [key, list] of Object.entries(day.rooms)) {
        const roomPath = `${dayPath}.rooms[${JSON.stringify(key)}]`;
        if (!Array.isArray(list)) throw new ScheduleFormatError("jsonRoomEvents", atPath(roomPath));
        if (key.trim()) addRoom(ctx, key, null, roomPath);
        list.forEach((raw, i) => {
          const path = `${roomPath}[${i}]`;
          if (!isObject(raw)) throw new ScheduleFormatError("jsonEventNotObject", atPath(path));
          const start =
            readStart(raw.date, zones, `${path}.date`) ?? startFromClock(raw.start, day, zones, `${path}.start`);
          if (!start) throw new ScheduleFormatError("noReadableStart", atPath(`${path}.date`));
          const { room, group } = isObject(raw.room)
            ? roomOfReference(raw.room, ctx, `${path}.room`)
            : roomOfName(text(raw.room).trim() || key.trim(), ctx, `${path}.room`);
          events.push({
            ...readEvent(raw, path, ctx, start, room, group, trackOfReference(raw.track, trackSlugs, ctx)),
            where: atPath(path),
          });
        });
      }
    });
  } else {
    throw new ScheduleFormatError("jsonNoEvents", atPath("schedule"));
  }

  splitDuplicates(events, log, derivedGuid);
  const timeZone = zones.documentZone(atPath("schedule.conference"));
  // The programme's days, widened to every event's local date (frab lists the night after the last day under it).
  const dayDates = (Array.isArray(conference.days) ? conference.days : [])
    .map((d) => (isObject(d) ? text(d.date) : ""))
    .filter(isLocalDate);
  const eventDates = events.map((e) => e.date);
  const startDates = [
    ...(dayDates.length ? dayDates : [localDateOf(conference.start, zones, "schedule.conference.start") ?? ""]),
    ...eventDates,
  ]
    .filter(isLocalDate)
    .sort();
  const endDates = [
    ...(dayDates.length ? dayDates : [localDateOf(conference.end, zones, "schedule.conference.end") ?? ""]),
    ...eventDates,
  ]
    .filter(isLocalDate)
    .sort();
  const startDate = startDates[0] ?? "";
  const endDate = endDates[endDates.length - 1] ?? "";
  const groups = [...ctx.groups.values()].map((g) => {
    const first = events
      .filter((e) => e.event.group === g.slug)
      .sort((a, b) => a.event.start.localeCompare(b.event.start))[0];
    return { ...g, date: first?.date ?? startDate };
  });
  const title = localizable(conference.title, "conference", "schedule.conference.title", log).text;
  return {
    document: {
      conference: {
        acronym: (text(conference.acronym).trim() || slugify(title)).toLowerCase(),
        title,
        subtitle: localizable(conference.description, "conference", "schedule.conference.description", log).text,
        venue: "",
        city: "",
        startDate,
        endDate,
        timeZone,
        url: absoluteHttp(conference.url),
        languages: Array.isArray(conference.languages)
          ? conference.languages.filter((l): l is string => typeof l === "string")
          : [],
      },
      rooms: ctx.rooms,
      tracks: ctx.tracks,
      groups,
      events: events.map((e) => e.event),
    },
    ignored: log.ignored,
    decisions: log.decisions,
  };
}
