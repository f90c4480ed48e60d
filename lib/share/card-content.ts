import { translate } from "@/lib/domain/translations";
import type { Locale, SessionKind } from "@/lib/domain/vocabulary";
import { forumDetail } from "@/lib/programme/forum-detail";
import { programmeView, sessionsOfSpeaker } from "@/lib/programme/programme-view";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { formatDateRange, formatDay, formatTimeRange } from "@/lib/time/format";

/** What a share card says, in the request's language; the card's layout is the route's. */
export interface ShareCard {
  /** The kind of thing and when, above the title: "论坛 · 11月30日 星期四". */
  eyebrow: string;
  title: string;
  /** Up to three short lines under the title: people, a theme, organizations. */
  lines: string[];
  /** The conference, at the foot of every card. */
  conference: string;
  /** Its dates and place. */
  where: string;
}

/** What a card is of: the conference, or one of its release's items by key. */
export type ShareCardTarget =
  | { kind: "conference" }
  | { kind: "session"; key: string }
  | { kind: "forum"; key: string }
  | { kind: "speaker"; key: string };

/** The interface words a card needs, from the request's messages. */
export interface ShareCardWords {
  forum: string;
  speaker: string;
  sessionKind: Record<SessionKind, string>;
  /** "{count} sessions", already pluralized by the caller for its count. */
  sessionCount: (count: number) => string;
  /** Joins names in a line: "、" in Chinese, ", " in English. */
  separator: string;
}

const MAX_LINES = 3;

/**
 * The card of a target in a release, in a language; null when the release does not hold it,
 * so a card of nothing published is a 404 like its page.
 */
export function shareCardContent(
  snapshot: ReleaseSnapshot,
  locale: Locale,
  target: ShareCardTarget,
  words: ShareCardWords,
): ShareCard | null {
  const view = programmeView(snapshot, locale);
  const c = snapshot.conference;
  const base = {
    conference: view.conference.name,
    where: [formatDateRange(c.startDate, c.endDate, locale), translate(c, "city", locale) ?? c.city]
      .filter(Boolean)
      .join(" · "),
  };
  const join = (names: string[]) => names.join(words.separator);
  switch (target.kind) {
    case "conference": {
      const theme = translate(c, "theme", locale) ?? c.theme;
      return {
        ...base,
        eyebrow: base.where,
        title: view.conference.name,
        lines: [theme, view.conference.venue].filter(Boolean),
        where: words.sessionCount(view.sessions.length),
      };
    }
    case "session": {
      const session = view.sessions.find((s) => s.guid === target.key);
      if (!session) return null;
      const when = `${formatDay(session.date, locale)} ${formatTimeRange(session.startsAt, session.endsAt, c.timeZone, locale)}`;
      return {
        ...base,
        eyebrow: [words.sessionKind[session.kind], when, session.room?.name].filter(Boolean).join(" · "),
        title: session.title,
        lines: [
          join(session.people.map((p) => p.name)),
          session.forum.name,
          ...session.people.slice(0, 1).map((p) => p.affiliation),
        ]
          .filter(Boolean)
          .slice(0, MAX_LINES),
      };
    }
    case "forum": {
      const forum = forumDetail(snapshot, target.key, locale);
      if (!forum) return null;
      const people = [...new Set(forum.sessions.flatMap((s) => s.people.map((p) => p.name)))];
      return {
        ...base,
        eyebrow: `${words.forum} · ${formatDay(forum.date, locale)}`,
        title: forum.name,
        lines: [forum.theme, join(forum.organizations.map((o) => o.name)), join(people)]
          .filter(Boolean)
          .slice(0, MAX_LINES),
      };
    }
    case "speaker": {
      const speaker = view.speakers.find((s) => s.slug === target.key);
      const roles = speaker ? sessionsOfSpeaker(view.sessions, speaker.slug) : [];
      // A speaker is public only through a published session, as their page is.
      if (!speaker || !roles.length) return null;
      return {
        ...base,
        eyebrow: words.speaker,
        title: speaker.name,
        lines: [speaker.affiliation, ...roles.map((r) => r.session.title)].filter(Boolean).slice(0, MAX_LINES),
      };
    }
  }
}
