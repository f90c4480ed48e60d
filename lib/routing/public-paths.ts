import type { Locale } from "@/lib/domain/vocabulary";
import { publicSpeakers } from "@/lib/programme/public-speakers";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { reservedSlugs } from "@/lib/slug";

// The one list of a conference's public pages, below /{conference}: the proxy's 404
// check, the store of rendered pages (lib/serving/page-key.ts) and the sitemap all read it.

interface ConferencePage {
  /**
   * The query parameters the page reads, when it depends on nothing but the release,
   * the language and these: such a page may be kept as rendered bytes. Null for pages
   * that read more (a visitor's own selection), which Next.js always renders.
   */
  reads: readonly string[] | null;
  /** The same bytes in every language (the schedule exports). */
  languageFree?: boolean;
  /** Listed in the sitemap, with how often it changes. */
  sitemap?: { changeFrequency: "hourly" | "daily"; priority: number };
}

export const conferencePages: Readonly<Record<string, ConferencePage>> = {
  "": { reads: [], sitemap: { changeFrequency: "daily", priority: 1 } },
  agenda: {
    reads: ["day", "view", "forum", "track", "kind", "room"],
    sitemap: { changeFrequency: "hourly", priority: 0.9 },
  },
  speakers: { reads: ["letter", "q"], sitemap: { changeFrequency: "daily", priority: 0.8 } },
  changelog: { reads: [], sitemap: { changeFrequency: "daily", priority: 0.5 } },
  search: { reads: ["q", "page"] },
  // Every query is new: answered per request from the index, not kept as bytes.
  "search.json": { reads: null },
  // The offline index (one per revision and language), kept like a page.
  "search-index.json": { reads: [] },
  // What is on now depends on the clock (and `?at=` previews on their instant): rendered per request.
  now: { reads: null },
  "now.json": { reads: null },
  screens: { reads: [] },
  "my-agenda": { reads: null },
  "schedule.ics": { reads: [] },
  "changelog.atom": { reads: [] },
  "my-agenda.ics": { reads: null },
  "schedule.xml": { reads: [], languageFree: true },
  "schedule.json": { reads: [], languageFree: true },
  "schedule2.json": { reads: [], languageFree: true },
  // The pages a browser keeps for offline reading (lib/offline/offline-list.ts).
  "offline.json": { reads: [], languageFree: true },
  // The conference's share card (Open Graph image): kept per revision by its route, not the page store.
  "card.png": { reads: null },
};

/** What a release makes public, for answering "does this URL exist?" without rendering. */
export interface PublicIndex {
  defaultLocale: Locale;
  forums: Set<string>;
  sessions: Set<string>;
  speakers: Set<string>;
  /** Rooms that hold a session of the release: each has a screen. */
  rooms: Set<string>;
}

type ItemSection = "forums" | "sessions" | "speakers" | "screens";

/** What an item may have below it: its calendar, its share card, a forum's printable poster. */
export type ItemFile = "calendar.ics" | "card.png" | "poster";

interface ItemPage {
  /** The files below it. */
  files: readonly ItemFile[];
  /** The set of the index its key must be in. */
  index: Exclude<keyof PublicIndex, "defaultLocale">;
  /** Whether its bytes may be kept: false for pages that show the clock's now. */
  stored: boolean;
}

/** Pages of one item of the release, `/{conference}/{section}/{item}`. */
export const itemPages: Readonly<Record<ItemSection, ItemPage>> = {
  forums: { files: ["calendar.ics", "card.png", "poster"], index: "forums", stored: true },
  sessions: { files: ["calendar.ics", "card.png"], index: "sessions", stored: true },
  speakers: { files: ["card.png"], index: "speakers", stored: true },
  screens: { files: [], index: "rooms", stored: false },
};

const isItemSection = (section: string): section is ItemSection => Object.hasOwn(itemPages, section);
const hasFile = (section: ItemSection, file: string): file is ItemFile =>
  (itemPages[section].files as readonly string[]).includes(file);

/** A public path of a conference, by its parts; `file` is one of the item's files. */
export interface PublicPath {
  conference: string;
  section: string;
  item?: { section: ItemSection; key: string; file?: ItemFile };
}

/**
 * The public page a path (its segments after the host, decoded or not) names, or null
 * for anything else: the home page, the app's own sections, shapes no page has.
 */
export function parsePublicPath(segments: readonly string[]): PublicPath | null {
  const [conference, section, key, file, ...rest] = segments;
  // The app's own sections (admin, sign-in…) are never conference slugs.
  if (!conference || rest.length || reservedSlugs.has(conference)) return null;
  if (section === undefined) return { conference, section: "" };
  if (key === undefined) return Object.hasOwn(conferencePages, section) ? { conference, section } : null;
  if (!isItemSection(section)) return null;
  if (file === undefined) return { conference, section, item: { section, key } };
  return hasFile(section, file) ? { conference, section, item: { section, key, file } } : null;
}

export function publicIndex(snapshot: ReleaseSnapshot): PublicIndex {
  const roomIds = new Set(snapshot.sessions.map((s) => s.roomId));
  return {
    defaultLocale: snapshot.conference.defaultLocale,
    forums: new Set(snapshot.forums.map((f) => f.slug)),
    sessions: new Set(snapshot.sessions.map((s) => s.guid)),
    speakers: new Set(publicSpeakers(snapshot).map((s) => s.slug)),
    rooms: new Set(snapshot.rooms.filter((r) => roomIds.has(r.id)).map((r) => r.slug)),
  };
}

/**
 * For a public path below a conference (segments after the locale), the
 * conference slug and a test of the release's index; null for paths this
 * does not judge (the home page, other apps' routes), which Next.js routes
 * as usual.
 */
export function publicPathCheck(
  segments: string[],
): { conference: string; exists: (index: PublicIndex) => boolean } | null {
  const path = parsePublicPath(segments);
  if (!path) return null;
  const item = path.item;
  return {
    conference: path.conference,
    exists: item ? (index) => index[itemPages[item.section].index].has(item.key) : () => true,
  };
}
