import { Feed } from "feed";
import { translate } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";
import { escapeHtml } from "@/lib/mail/text";
import { describeChange, type SayChange } from "@/lib/release/change-lines";
import { describeChangelog } from "@/lib/release/changelog-view";
import type { ReleaseChangelog, ReleaseSnapshot } from "@/lib/release/snapshot";

/** Bumped when the feed's bytes change for the same releases, so ETags change with them. */
export const changelogFeedFormat = 1;

export interface FeedRelease {
  version: string;
  publishedAt: Date;
  snapshot: ReleaseSnapshot;
  changelog: ReleaseChangelog;
}

interface ChangelogFeedOptions {
  /** The public origin (SITE_URL): every link and id in the feed is absolute. */
  origin: string;
  locale: Locale;
  /** Words of messages "changelog", plus `feedTitle` ({conference}) and `release` ({version}). */
  say: SayChange;
}

/**
 * The Atom feed of a conference's releases, newest first, each with its changes in one
 * language. Built only from the releases, so the same releases give the same bytes: the
 * route's ETag can be made from the revision alone.
 */
export function buildChangelogFeed(history: readonly FeedRelease[], options: ChangelogFeedOptions): string {
  const { origin, locale, say } = options;
  const latest = history[0];
  if (!latest) throw new Error("A changelog feed needs at least one release.");
  const conference = latest.snapshot.conference;
  const name = translate(conference, "name", locale) ?? conference.name;
  const base = `${origin}/${conference.slug}`;
  const feed = new Feed({
    id: `${base}/changelog`,
    title: say("feedTitle", { conference: name }),
    description: say("intro"),
    link: `${base}/changelog`,
    feedLinks: { atom: `${base}/changelog.atom` },
    language: locale,
    updated: latest.publishedAt,
    generator: "Podium",
  });
  const current = new Set(latest.snapshot.sessions.map((s) => s.guid));
  history.forEach((release, i) => {
    const previous = history[i + 1] ?? null;
    feed.addItem({
      title: escapeHtml(say("release", { version: release.version })),
      // An id per release that never changes once published: feed readers key entries by it.
      id: `${base}/changelog#${encodeURIComponent(release.version)}`,
      link: `${base}/changelog`,
      date: release.publishedAt,
      published: release.publishedAt,
      content: releaseHtml(release, previous, { base, current, locale, say }),
    });
  });
  return feed.atom1();
}

function releaseHtml(
  release: FeedRelease,
  previous: FeedRelease | null,
  { base, current, locale, say }: { base: string; current: Set<string>; locale: Locale; say: SayChange },
): string {
  if (!previous) return `<p>${escapeHtml(say("first", { count: release.snapshot.sessions.length }))}</p>`;
  const entries = describeChangelog(previous.snapshot, release.snapshot, release.changelog, locale);
  if (entries.length === 0) return `<p>${escapeHtml(say("none"))}</p>`;
  const timeZone = release.snapshot.conference.timeZone;
  const items = entries.map((entry) => {
    const { kind, lines } = describeChange(entry, timeZone, locale, say);
    const title = escapeHtml(entry.title);
    // Sessions no longer in the programme have no page to link to.
    const named =
      entry.change !== "removed" && current.has(entry.guid)
        ? `<a href="${escapeHtml(`${base}/sessions/${entry.guid}`)}">${title}</a>`
        : title;
    const details = lines.length ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : "";
    return `<li><strong>${escapeHtml(kind)}</strong> ${named}${details}</li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}
