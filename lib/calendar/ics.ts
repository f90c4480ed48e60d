import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { formatAffiliation } from "@/lib/domain/affiliation";
import { translate } from "@/lib/domain/translations";
import type { Locale, SessionRole } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot, SnapshotSession } from "@/lib/release/snapshot";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { zonedDateTime } from "./zoned-date-time";

export interface CalendarOptions {
  locale: Locale;
  /** Only these sessions (order does not matter); all sessions of the release when absent. */
  sessionGuids?: readonly string[];
  /** Only the sessions of this forum (slug). */
  forum?: string;
  /** The absolute address of a session's page. */
  url: (guid: string) => string;
  /** The calendar's name; the conference's name when absent. */
  name?: string;
  /** DTSTAMP of every event: the release's publishedAt, so one release always gives the same bytes. */
  stamp: Date;
  /**
   * An invitation to update events (METHOD:REQUEST, RFC 5546) rather than a published calendar:
   * from this organizer, each event at this SEQUENCE. The speakers' outbox attaches one.
   */
  request?: { organizer: { name: string; email: string }; sequence: number };
}

/** Part of every ETag: bump it when the output of `buildCalendar` changes, so clients drop copies of the old format. */
export const calendarFormat = "ics-1";

// The words the forum page prints beside a name, so both read the same.
const roleWords: Record<Locale, Record<SessionRole, string>> = { "zh-CN": zhCN.forum.role, en: en.forum.role };
const roleOrder: Record<SessionRole, number> = { host: 0, moderator: 1, speaker: 2, panelist: 3 };

/** The stable UID of a session in every export of every release, so calendar apps update the event instead of adding a copy. */
export function sessionUid(guid: string): string {
  return `${guid}@podium`;
}

/** The calendar name of a person's own selection, e.g. "中国网络视听大会 – 我的日程". */
export function myAgendaName(snapshot: ReleaseSnapshot, locale: Locale): string {
  return `${conferenceName(snapshot, locale)} – ${locale === "zh-CN" ? "我的日程" : "my agenda"}`;
}

export function conferenceName(snapshot: ReleaseSnapshot, locale: Locale): string {
  return translate(snapshot.conference, "name", locale) ?? snapshot.conference.name;
}

/** An iCalendar (RFC 5545) file of a release's sessions, with times in the conference's zone. Same input, same bytes. */
export function buildCalendar(snapshot: ReleaseSnapshot, options: CalendarOptions): string {
  const { locale } = options;
  const timeZone = snapshot.conference.timeZone;
  // A TZID needs its VTIMEZONE; for a zone the package lacks, write UTC times instead.
  const vtimezone = timeZone === "UTC" ? null : getVtimezoneComponent(timeZone);
  const zoned = vtimezone !== null && vtimezone.split(/\r?\n/).includes(`TZID:${timeZone}`);
  // ical-generator writes NAME and X-WR-CALNAME unescaped.
  const name = escape(options.name ?? conferenceName(snapshot, locale), false);
  const calendar = ical({
    prodId: { company: "Podium", product: "Podium programme", language: locale === "zh-CN" ? "ZH" : "EN" },
    method: options.request ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
    name,
    // No name here: ical-generator would then write DTSTAMP in the zone, but RFC 5545 wants it in UTC.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [["X-WR-TIMEZONE", timeZone]],
  });

  const wanted = options.sessionGuids ? new Set(options.sessionGuids) : null;
  const forumId =
    options.forum === undefined ? null : (snapshot.forums.find((f) => f.slug === options.forum)?.id ?? -1);
  const sessions = snapshot.sessions
    .filter((s) => (!wanted || wanted.has(s.guid)) && (forumId === null || s.forumId === forumId))
    .sort(
      (a, b) =>
        a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt) || a.guid.localeCompare(b.guid),
    );
  const at = (iso: string) => (zoned ? zonedDateTime(Date.parse(iso), timeZone) : new Date(iso));

  for (const session of sessions) {
    calendar.createEvent({
      id: sessionUid(session.guid),
      sequence: options.request?.sequence ?? session.version,
      organizer: options.request?.organizer ?? null,
      stamp: options.stamp,
      start: at(session.startsAt),
      // An instant (an opening bell) has no DTEND: RFC 5545 wants DTEND later than DTSTART, and without one it ends as it starts.
      end: Date.parse(session.endsAt) > Date.parse(session.startsAt) ? at(session.endsAt) : null,
      timezone: zoned ? timeZone : null,
      summary: translate(session, "title", locale) ?? session.title,
      description: describe(snapshot, session, locale) || null,
      location: locate(snapshot, session, locale) || null,
      url: options.url(session.guid),
      status: session.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${calendar.toString()}\r\n`;
}

/** The forum, the abstract, then one line per person: "主持：王斌（咪咕 CEO）" / "Moderator: Wang Bin (CEO, MIGU)". */
function describe(snapshot: ReleaseSnapshot, session: SnapshotSession, locale: Locale): string {
  const forum = snapshot.forums.find((f) => f.id === session.forumId);
  const speakers = new Map(snapshot.speakers.map((s) => [s.id, s]));
  const people = session.people
    .map((p, index) => ({ p, index }))
    .sort((a, b) => roleOrder[a.p.role] - roleOrder[b.p.role] || a.index - b.index)
    .flatMap(({ p }) => {
      const speaker = speakers.get(p.speakerId);
      if (!speaker) return [];
      const person = translate(speaker, "name", locale) ?? speaker.name;
      const affiliation = formatAffiliation(
        translate(speaker, "position", locale) ?? "",
        translate(speaker, "organization", locale) ?? "",
        locale,
      );
      const role = roleWords[locale][p.role];
      if (locale === "zh-CN") return [`${role}：${person}${affiliation ? `（${affiliation}）` : ""}`];
      return [`${role}: ${person}${affiliation ? ` (${affiliation})` : ""}`];
    });
  const forumName = forum ? (translate(forum, "name", locale) ?? forum.name) : "";
  const parts = [
    // An opening ceremony is often its own forum; its name would only repeat the title.
    forumName === (translate(session, "title", locale) ?? session.title) ? "" : forumName,
    (translate(session, "abstract", locale) ?? "").trim(),
    people.join("\n"),
  ];
  return parts.filter((p) => p !== "").join("\n\n");
}

/** "成都世纪城国际会议中心 一号厅" / "Hall 1, Century City International Convention Center". */
function locate(snapshot: ReleaseSnapshot, session: SnapshotSession, locale: Locale): string {
  const room = snapshot.rooms.find((r) => r.id === session.roomId);
  const roomName = room ? (translate(room, "name", locale) ?? room.name) : "";
  const venue = translate(snapshot.conference, "venue", locale) ?? "";
  const parts = locale === "zh-CN" ? [venue, roomName] : [roomName, venue];
  return parts.filter((p) => p.trim() !== "").join(locale === "zh-CN" ? " " : ", ");
}
