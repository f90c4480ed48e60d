import type { Locale } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { reservedSlugs } from "@/lib/slug";

/** What a release makes public, for answering "does this URL exist?" without rendering. */
export interface PublicIndex {
  defaultLocale: Locale;
  forums: Set<string>;
  sessions: Set<string>;
  speakers: Set<string>;
}

export function publicIndex(snapshot: ReleaseSnapshot): PublicIndex {
  const speakerIds = new Set(snapshot.sessions.flatMap((s) => s.people.map((p) => p.speakerId)));
  return {
    defaultLocale: snapshot.conference.defaultLocale,
    forums: new Set(snapshot.forums.map((f) => f.slug)),
    sessions: new Set(snapshot.sessions.map((s) => s.guid)),
    // A speaker is public only through a published session.
    speakers: new Set(snapshot.speakers.filter((s) => speakerIds.has(s.id)).map((s) => s.slug)),
  };
}

const conferencePages = new Set([
  "agenda",
  "speakers",
  "my-agenda",
  "search",
  "changelog",
  "schedule.ics",
  "my-agenda.ics",
  "schedule.xml",
  "schedule.json",
  "schedule2.json",
]);

/**
 * For a public path below a conference (segments after the locale), the
 * conference slug and a test of the release's index; null for paths this
 * does not judge (the home page, other apps' routes), which Next.js routes
 * as usual.
 */
export function publicPathCheck(
  segments: string[],
): { conference: string; exists: (index: PublicIndex) => boolean } | null {
  const [conference, section, item, extra, ...rest] = segments;
  // The app's own sections (admin, sign-in…) are never conference slugs.
  if (!conference || rest.length || reservedSlugs.has(conference)) return null;
  if (section === undefined) return { conference, exists: () => true };
  if (item === undefined) return conferencePages.has(section) ? { conference, exists: () => true } : null;
  if (section === "forums" && (extra === undefined || extra === "calendar.ics"))
    return { conference, exists: (i) => i.forums.has(item) };
  if (section === "speakers" && extra === undefined) return { conference, exists: (i) => i.speakers.has(item) };
  if (section === "sessions" && (extra === undefined || extra === "calendar.ics"))
    return { conference, exists: (i) => i.sessions.has(item) };
  return null;
}
