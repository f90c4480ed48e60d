import type { Translations } from "@/lib/domain/translations";
import type { ForumKind, ForumOrganizationRole, SessionKind, SessionRole } from "@/lib/domain/vocabulary";

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

export interface DemoForum {
  slug: string;
  kind: ForumKind;
  name: string;
  theme: string;
  description: string;
  date: string;
  organizations: Array<{ organization: string; role: ForumOrganizationRole }>;
  sessions: DemoSession[];
  translations: Translations<"name" | "theme" | "description">;
}

export interface DemoConference {
  slug: string;
  name: string;
  shortName: string;
  theme: string;
  description: string;
  city: string;
  venue: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  rooms: Array<{ slug: string; name: string; translations: Translations<"name" | "description"> }>;
  tracks: Array<{ slug: string; name: string; color: string; translations: Translations<"name"> }>;
  forums: DemoForum[];
  translations: Translations<"name" | "shortName" | "theme" | "description" | "city" | "venue">;
}
