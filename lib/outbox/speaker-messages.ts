import { createTranslator } from "use-intl/core";
import { buildCalendar, conferenceName } from "@/lib/calendar/ics";
import { translate } from "@/lib/domain/translations";
import type { Locale, SessionRole } from "@/lib/domain/vocabulary";
import { describeChange } from "@/lib/release/change-lines";
import { describeChangelog, type ChangeEntry } from "@/lib/release/changelog-view";
import type { ReleaseChangelog, ReleaseSnapshot, SnapshotSession } from "@/lib/release/snapshot";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";

// What a release tells each speaker: one message per person with a role in a session it
// added, removed, moved, re-roomed, retitled, cancelled or changed the people of.

/** The fields of a change a speaker is told about; an abstract's wording is not one. */
const noticed = new Set(["startsAt", "endsAt", "roomId", "title", "status", "people"]);

export interface SpeakerMessage {
  speakerGuid: string;
  /** The speaker's row in the release that names them (the new one, else the previous). */
  speakerId: number;
  name: string;
  locale: Locale;
  /** Forums of the sessions the message is about: a forum editor sees the message when one is theirs. */
  forumIds: number[];
  subject: string;
  greeting: string;
  body: string;
  ics: string;
}

export interface ReleaseFacts {
  previous: ReleaseSnapshot | null;
  next: ReleaseSnapshot;
  changelog: ReleaseChangelog;
  version: string;
  publishedAt: Date;
  /** How many releases the conference has, this one included: the SEQUENCE of every event, raised by each release. */
  ordinal: number;
  /** The public origin, for links to the sessions' pages. */
  origin: string;
  /** The sender named as ORGANIZER of the calendar's events. */
  organizer: { name: string; email: string };
}

// The speaker's language is not recorded anywhere: a name written in Han characters reads as
// Chinese, any other as English. The organizer sees it beside each message.
const HAN = /\p{Script=Han}/u;
export const speakerLocale = (name: string): Locale => (HAN.test(name) ? "zh-CN" : "en");

const roleWord = (locale: Locale, role: string) =>
  (locale === "en" ? en : zhCN).forum.role[role as SessionRole] ?? role;

type Person = { speakerGuid: string; speakerId: number; name: string; role: string | null };

function peopleOf(snapshot: ReleaseSnapshot | null, session: SnapshotSession | undefined): Map<string, Person> {
  const people = new Map<string, Person>();
  if (!snapshot || !session) return people;
  for (const p of session.people) {
    const speaker = snapshot.speakers.find((s) => s.id === p.speakerId);
    if (speaker)
      people.set(speaker.guid, { speakerGuid: speaker.guid, speakerId: speaker.id, name: speaker.name, role: p.role });
  }
  return people;
}

/** Every speaker's message for one release, by speaker guid order; none when it changed nothing of theirs. */
export function composeSpeakerMessages(facts: ReleaseFacts): SpeakerMessage[] {
  const { previous, next } = facts;
  const before = new Map((previous?.sessions ?? []).map((s) => [s.guid, s]));
  const after = new Map(next.sessions.map((s) => [s.guid, s]));
  const relevant = new Set([
    ...facts.changelog.added,
    ...facts.changelog.removed,
    ...facts.changelog.changed.filter((c) => c.fields.some((f) => noticed.has(f))).map((c) => c.guid),
  ]);
  // Who hears about which session: everyone named on it before or after.
  const bySpeaker = new Map<string, { person: Person; guids: string[] }>();
  for (const guid of relevant) {
    const was = peopleOf(previous, before.get(guid));
    const is = peopleOf(next, after.get(guid));
    for (const person of [...is.values(), ...[...was.values()].filter((p) => !is.has(p.speakerGuid))]) {
      const entry = bySpeaker.get(person.speakerGuid) ?? { person, guids: [] };
      entry.guids.push(guid);
      bySpeaker.set(person.speakerGuid, entry);
    }
  }
  return [...bySpeaker.values()]
    .sort((a, b) => a.person.speakerGuid.localeCompare(b.person.speakerGuid))
    .map(({ person, guids }) => messageFor(facts, person, new Set(guids), before, after));
}

function messageFor(
  facts: ReleaseFacts,
  person: Person,
  guids: Set<string>,
  before: Map<string, SnapshotSession>,
  after: Map<string, SnapshotSession>,
): SpeakerMessage {
  const { previous, next } = facts;
  const speaker =
    next.speakers.find((s) => s.guid === person.speakerGuid) ??
    previous?.speakers.find((s) => s.guid === person.speakerGuid);
  const locale = speakerLocale(person.name);
  const t = createTranslator({ locale, messages: locale === "en" ? en : zhCN, namespace: "outbox" });
  const words = createTranslator({ locale, messages: locale === "en" ? en : zhCN, namespace: "changelog" });
  const say = (key: string, values?: Record<string, string | number>) => words(key as "title", values);
  const name = speaker ? (translate(speaker, "name", locale) ?? speaker.name) : person.name;
  const conference = conferenceName(next, locale);
  const entries = describeChangelog(previous, next, facts.changelog, locale).filter((e) => guids.has(e.guid));
  const own = (key: string, values?: Record<string, string>) => t(key as "closing", values);
  const body = entries.map((entry) => paragraph(facts, entry, person, locale, own, say, before, after)).join("\n\n");
  const forumIds = [...new Set([...guids].map((g) => (after.get(g) ?? before.get(g))!.forumId))].sort((a, b) => a - b);
  return {
    speakerGuid: person.speakerGuid,
    speakerId: speaker?.id ?? person.speakerId,
    name,
    locale,
    forumIds,
    subject: t("subject", { conference, version: facts.version }),
    greeting: t("greeting", { name }),
    body: `${t("intro", { conference, version: facts.version })}\n\n${body}\n\n${t("closing")}`,
    ics: calendarFor(facts, person.speakerGuid, guids, before, locale),
  };
}

function paragraph(
  facts: ReleaseFacts,
  entry: ChangeEntry,
  person: Person,
  locale: Locale,
  t: (key: string, values?: Record<string, string>) => string,
  say: (key: string, values?: Record<string, string | number>) => string,
  before: Map<string, SnapshotSession>,
  after: Map<string, SnapshotSession>,
): string {
  const timeZone = facts.next.conference.timeZone;
  const { kind, lines } = describeChange(entry, timeZone, locale, say);
  const was = peopleOf(facts.previous, before.get(entry.guid)).get(person.speakerGuid);
  const is = peopleOf(facts.next, after.get(entry.guid)).get(person.speakerGuid);
  const own: string[] = [];
  if (was && !is && entry.change !== "removed") own.push(t("removedYou"));
  if (was && is && was.role !== is.role)
    own.push(t("role", { from: roleWord(locale, was.role!), to: roleWord(locale, is.role!) }));
  const link =
    after.has(entry.guid) && entry.change !== "removed"
      ? [`${facts.origin}/${facts.next.conference.slug}/sessions/${entry.guid}`]
      : [];
  return [`${entry.title} (${kind})`, ...[...lines, ...own].map((l) => `  - ${l}`), ...link.map((l) => `  ${l}`)].join(
    "\n",
  );
}

/** The speaker's sessions as they are now, and those of this release they lost, as cancelled. */
function calendarFor(
  facts: ReleaseFacts,
  speakerGuid: string,
  guids: Set<string>,
  before: Map<string, SnapshotSession>,
  locale: Locale,
): string {
  const { previous, next } = facts;
  const ownIds = new Set(next.speakers.filter((s) => s.guid === speakerGuid).map((s) => s.id));
  const current = next.sessions.filter((s) => s.people.some((p) => ownIds.has(p.speakerId)));
  const kept = new Set(current.map((s) => s.guid));
  const lost = [...guids]
    .filter((g) => !kept.has(g) && before.has(g))
    .map((g) => ({ ...before.get(g)!, status: "cancelled" as const }));
  const rooms = [...next.rooms, ...(previous?.rooms ?? []).filter((r) => !next.rooms.some((n) => n.id === r.id))];
  return buildCalendar(
    { ...next, rooms, sessions: [...current, ...lost] },
    {
      locale,
      url: (guid) => `${facts.origin}/${next.conference.slug}/sessions/${guid}`,
      stamp: facts.publishedAt,
      request: { organizer: facts.organizer, sequence: facts.ordinal },
    },
  );
}
