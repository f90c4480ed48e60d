import type { PublishedRelease, ReleaseSnapshot } from "@/lib/release/snapshot";
import { conferenceResourceUrl, conferenceUrl } from "./links";
import type { ApiConference, ApiForum, ApiRelease } from "./schemas";
import { pickTranslations, toInstant } from "./text";

/**
 * A published conference as its latest release shows it, with links to what it holds.
 * The slug is the one it is published under now: a snapshot keeps the slug of its day.
 */
export function toApiConference(
  slug: string,
  latest: { version: string; publishedAt: Date | string; snapshot: ReleaseSnapshot },
  origin: string,
): ApiConference {
  const c = latest.snapshot.conference;
  const link = (resource: string) => conferenceResourceUrl(origin, slug, resource);
  return {
    slug,
    name: c.name,
    shortName: c.shortName,
    theme: c.theme,
    description: c.description,
    city: c.city,
    venue: c.venue,
    startDate: c.startDate,
    endDate: c.endDate,
    timeZone: c.timeZone,
    defaultLocale: c.defaultLocale,
    website: c.website,
    translations: pickTranslations(c.translations, ["name", "shortName", "theme", "description", "city", "venue"]),
    latestRelease: { version: latest.version, publishedAt: toInstant(latest.publishedAt) },
    links: {
      self: conferenceUrl(origin, slug),
      forums: link("forums"),
      sessions: link("sessions"),
      speakers: link("speakers"),
      releases: link("releases"),
    },
  };
}

/** The forums of a release by day, then in the organizers' order. */
export function toApiForums(slug: string, snapshot: ReleaseSnapshot, origin: string): ApiForum[] {
  const organizations = new Map(snapshot.organizations.map((o) => [o.id, o]));
  const sessionCounts = new Map<number, number>();
  for (const s of snapshot.sessions) sessionCounts.set(s.forumId, (sessionCounts.get(s.forumId) ?? 0) + 1);
  return snapshot.forums
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position || a.slug.localeCompare(b.slug))
    .map((f) => ({
      slug: f.slug,
      name: f.name,
      kind: f.kind,
      date: f.date,
      theme: f.theme,
      description: f.description,
      translations: pickTranslations(f.translations, ["name", "theme", "description"]),
      organizations: f.organizations.flatMap((entry) => {
        const o = organizations.get(entry.organizationId);
        if (!o) return [];
        return [
          {
            organization: {
              slug: o.slug,
              name: o.name,
              shortName: o.shortName,
              translations: pickTranslations(o.translations, ["name", "shortName"]),
            },
            role: entry.role,
          },
        ];
      }),
      sessionCount: sessionCounts.get(f.id) ?? 0,
      links: { sessions: conferenceResourceUrl(origin, slug, "sessions", { forum: f.slug }) },
    }));
}

/** Every release, newest first, with how many sessions each added, changed and removed. */
export function toApiReleases(
  history: readonly Pick<PublishedRelease, "version" | "publishedAt" | "snapshot" | "changelog">[],
): ApiRelease[] {
  return history.map((r) => ({
    version: r.version,
    publishedAt: toInstant(r.publishedAt),
    sessionCount: r.snapshot.sessions.length,
    changes: {
      added: r.changelog.added.length,
      changed: r.changelog.changed.length,
      removed: r.changelog.removed.length,
    },
  }));
}
