import { conferenceResourceUrl, conferenceUrl } from "@/lib/api/links";
import { toApiSpeakers } from "@/lib/api/speakers";
import type { ApiSpeaker } from "@/lib/api/schemas";
import type { ReleaseChangelog, ReleaseSnapshot } from "@/lib/release/snapshot";

// What each event's `data` holds. Every address is absolute, on the public origin (SITE_URL),
// so a receiver can fetch what changed without knowing Podium's routes.

type SnapshotConference = ReleaseSnapshot["conference"];

export interface ConferenceRef {
  slug: string;
  name: string;
  timeZone: string;
  url: string;
  api: string;
}

export interface ReleasePublishedData {
  conference: ConferenceRef;
  release: { version: string; publishedAt: string; url: string };
  /** The stored changelog, as the release page shows it: session guids added, removed, and changed with their fields. */
  changelog: ReleaseChangelog;
  /** Each session the changelog names: its title and, unless removed, its public page. */
  sessions: Record<string, { title: string; url: string | null }>;
  links: { scheduleXml: string; scheduleJson: string; schedule2Json: string; scheduleIcs: string; api: string };
}

export interface SpeakerUpdatedData {
  conference: ConferenceRef;
  /** The profile as the public API shows it now, with its page and API addresses. */
  speaker: ApiSpeaker & { url: string; api: string };
}

function conferenceRef(c: Pick<SnapshotConference, "slug" | "name" | "timeZone">, origin: string): ConferenceRef {
  return {
    slug: c.slug,
    name: c.name,
    timeZone: c.timeZone,
    url: `${origin}/${encodeURIComponent(c.slug)}`,
    api: conferenceUrl(origin, c.slug),
  };
}

export function releasePublishedData(
  release: { version: string; publishedAt: Date; snapshot: ReleaseSnapshot; changelog: ReleaseChangelog },
  previous: ReleaseSnapshot | null,
  origin: string,
): ReleasePublishedData {
  const conference = conferenceRef(release.snapshot.conference, origin);
  const titles = new Map([...(previous?.sessions ?? []), ...release.snapshot.sessions].map((s) => [s.guid, s.title]));
  const removed = new Set(release.changelog.removed);
  const named = [...release.changelog.added, ...release.changelog.changed.map((c) => c.guid), ...removed];
  const sessions = Object.fromEntries(
    named.map((guid) => [
      guid,
      { title: titles.get(guid) ?? "", url: removed.has(guid) ? null : `${conference.url}/sessions/${guid}` },
    ]),
  );
  return {
    conference,
    release: {
      version: release.version,
      publishedAt: release.publishedAt.toISOString(),
      url: `${conference.url}/changelog`,
    },
    changelog: release.changelog,
    sessions,
    links: {
      scheduleXml: `${conference.url}/schedule.xml`,
      scheduleJson: `${conference.url}/schedule.json`,
      schedule2Json: `${conference.url}/schedule2.json`,
      scheduleIcs: `${conference.url}/schedule.ics`,
      api: conference.api,
    },
  };
}

/** The speaker `guid` as the release shows them; null when it does not (an unpublished profile sends nothing). */
export function speakerUpdatedData(snapshot: ReleaseSnapshot, guid: string, origin: string): SpeakerUpdatedData | null {
  const conference = conferenceRef(snapshot.conference, origin);
  const wanted = snapshot.speakers.find((s) => s.guid === guid);
  const speaker = wanted && toApiSpeakers(snapshot, origin).find((s) => s.slug === wanted.slug);
  if (!speaker) return null;
  return {
    conference,
    speaker: {
      ...speaker,
      url: `${conference.url}/speakers/${encodeURIComponent(speaker.slug)}`,
      api: conferenceResourceUrl(origin, snapshot.conference.slug, `speakers/${encodeURIComponent(speaker.slug)}`),
    },
  };
}
