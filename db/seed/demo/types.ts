import type { Translations } from "@/lib/domain/translations";
import type { ForumOrganizationRole, SessionKind, SessionRole } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";

// What the demo holds is what a release of it freezes, less the ids and positions the database gives.
type SnapshotForum = ReleaseSnapshot["forums"][number];

/** Demo data as written by hand: natural keys (slugs) instead of ids, wall-clock times in the conference zone. */
export interface DemoOrganization {
  slug: string;
  name: string;
  shortName?: string;
  description?: string;
  parentSlug?: string;
  translations: Translations<"name" | "shortName" | "description">;
}

export interface DemoSpeaker {
  slug: string;
  name: string;
  /** Exactly as the article gives it, so that organization + position + name reads as in the article. */
  organization: string;
  position: string;
  organizationSlug?: string;
  bio?: string;
  translations: Translations<"name" | "position" | "organization" | "bio">;
}

export interface DemoSession {
  /** Stable key; the session's guid is derived from it, so re-seeding finds the same row. */
  key: string;
  kind: SessionKind;
  title: string;
  abstract: string;
  /** `YYYY-MM-DDTHH:mm` in the conference's zone. */
  start: string;
  end: string;
  room: string;
  track?: string;
  people: Array<{ speaker: string; role: SessionRole }>;
  translations: Translations<"title" | "abstract">;
}

export interface DemoForum extends Pick<
  SnapshotForum,
  "slug" | "kind" | "name" | "theme" | "description" | "date" | "translations"
> {
  organizations: Array<{ organization: string; role: ForumOrganizationRole }>;
  sessions: DemoSession[];
}

export interface DemoConference extends Pick<
  ReleaseSnapshot["conference"],
  "slug" | "name" | "theme" | "description" | "city" | "venue" | "timeZone" | "startDate" | "endDate" | "translations"
> {
  shortName: string;
  rooms: Array<Pick<ReleaseSnapshot["rooms"][number], "slug" | "name" | "translations">>;
  tracks: Array<Pick<ReleaseSnapshot["tracks"][number], "slug" | "name" | "color" | "translations">>;
  forums: DemoForum[];
}
