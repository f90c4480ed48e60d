import type { Translations } from "@/lib/domain/translations";
import type {
  ForumKind,
  ForumOrganizationRole,
  Locale,
  SessionKind,
  SessionRole,
  SessionStatus,
  SpeakerLink,
} from "@/lib/domain/vocabulary";

/**
 * What a published release holds: everything a public page or an export
 * needs, frozen at publish time. Instants are ISO 8601 strings in UTC.
 */
export interface ReleaseSnapshot {
  formatVersion: 1;
  conference: {
    id: number;
    slug: string;
    name: string;
    shortName: string | null;
    theme: string;
    description: string;
    city: string;
    venue: string;
    timeZone: string;
    startDate: string;
    endDate: string;
    defaultLocale: Locale;
    website: string | null;
    translations: Translations<"name" | "shortName" | "theme" | "description" | "city" | "venue">;
  };
  organizations: Array<{
    id: number;
    slug: string;
    name: string;
    shortName: string | null;
    website: string | null;
    translations: Translations<"name" | "shortName" | "description">;
  }>;
  rooms: Array<{
    id: number;
    slug: string;
    name: string;
    position: number;
    translations: Translations<"name" | "description">;
  }>;
  tracks: Array<{
    id: number;
    slug: string;
    name: string;
    color: string;
    position: number;
    translations: Translations<"name">;
  }>;
  forums: Array<{
    id: number;
    slug: string;
    kind: ForumKind;
    name: string;
    theme: string;
    description: string;
    date: string;
    position: number;
    translations: Translations<"name" | "theme" | "description">;
    organizations: Array<{ organizationId: number; role: ForumOrganizationRole }>;
  }>;
  sessions: Array<{
    id: number;
    guid: string;
    forumId: number;
    roomId: number | null;
    trackId: number | null;
    kind: SessionKind;
    title: string;
    abstract: string;
    startsAt: string;
    endsAt: string;
    language: string;
    status: Exclude<SessionStatus, "draft">;
    version: number;
    translations: Translations<"title" | "abstract">;
    people: Array<{ speakerId: number; role: SessionRole }>;
    /** What an imported schedule file carried beyond Podium's fields; absent when there is none. */
    interop?: SessionInterop;
  }>;
  speakers: Array<{
    id: number;
    guid: string;
    slug: string;
    name: string;
    position: string;
    organization: string;
    organizationId: number | null;
    bio: string;
    photo: string | null;
    links: SpeakerLink[];
    translations: Translations<"name" | "position" | "organization" | "bio">;
  }>;
}

export type SnapshotSession = ReleaseSnapshot["sessions"][number];

export interface SessionInterop {
  subtitle: string;
  description: string;
  typeLabel: string | null;
  externalId: number | null;
  slug: string | null;
  links: Array<{ url: string; title: string }>;
}

/** Differences from the previous release, by session guid. */
export interface ReleaseChangelog {
  added: string[];
  removed: string[];
  changed: Array<{ guid: string; fields: string[] }>;
  /**
   * Speakers (by guid) whose profile the release publishes changed, with the fields; absent when none
   * did, and in releases made before it was kept. Edits a speaker makes to a profile they keep are
   * published at once (db/releases/refresh-speaker.ts), so this holds what organizers and forum editors changed.
   */
  profiles?: Array<{ guid: string; fields: string[] }>;
}

/** One published release as the public sees it: its version, when, what it froze and what changed. */
export interface PublishedRelease {
  version: string;
  publishedAt: Date;
  snapshot: ReleaseSnapshot;
  changelog: ReleaseChangelog;
}
