import { eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Conn } from "../connection";
import { conferences, releases, type Release } from "../schema";

// "The latest release of a conference" is defined here and nowhere else: the last
// published, the higher id breaking ties (two releases of one millisecond).
// Aliased, so the subquery may sit inside a query of releases itself.
const LATEST = "latest_release";
const latest = alias(releases, LATEST);

/** The id of a conference's latest release, as a subquery: for joins and where clauses. */
export function latestReleaseId(conferenceId: SQLWrapper | number): SQL<number | null> {
  return sql<number | null>`(select ${latest.id} from ${releases} ${sql.identifier(LATEST)}
    where ${latest.conferenceId} = ${conferenceId} order by ${latest.publishedAt} desc, ${latest.id} desc limit 1)`;
}

/** The latest release of a conference, or undefined before its first. */
export function findLatestRelease(db: Conn, conferenceId: number): Release | undefined {
  return db
    .select()
    .from(releases)
    .where(eq(releases.id, latestReleaseId(conferenceId)))
    .get();
}

/** What the public sees of a conference depends on, and only that: the conference row and its latest release. */
export interface RevisionFacts {
  slug: string;
  published: boolean;
  updatedAt: Date;
  release: { id: number; version: string; speakersRevisedAt: Date | null } | null;
}

/**
 * The one revision of a published conference: it changes whenever what the public
 * sees may change (a new release, a speaker's own edit reaching it, the conference's
 * settings or published flag). Null when the public sees nothing of it. Every public
 * cache is keyed by it, so a change makes old entries unreachable: nothing is invalidated.
 */
export function publicRevision(facts: RevisionFacts): string | null {
  if (!facts.published || !facts.release) return null;
  const { id, version, speakersRevisedAt } = facts.release;
  // The version is part of the key but may hold any character: encoded, the value stays one header-safe word.
  return [id, encodeURIComponent(version), speakersRevisedAt?.getTime() ?? 0, facts.updatedAt.getTime()].join(":");
}

const factColumns = {
  slug: conferences.slug,
  published: conferences.published,
  updatedAt: conferences.updatedAt,
  releaseId: releases.id,
  version: releases.version,
  speakersRevisedAt: releases.speakersRevisedAt,
};

type FactRow = { [K in keyof typeof factColumns]: (typeof factColumns)[K]["_"]["data"] | null };

function factsOf(row: FactRow): RevisionFacts {
  const release =
    row.releaseId === null
      ? null
      : { id: row.releaseId, version: row.version!, speakersRevisedAt: row.speakersRevisedAt };
  return { slug: row.slug!, published: Boolean(row.published), updatedAt: row.updatedAt!, release };
}

/** Conferences beside their latest release (none before the first): what revisions are made of. */
const selectFacts = (db: Conn) =>
  db
    .select(factColumns)
    .from(conferences)
    .leftJoin(releases, eq(releases.id, latestReleaseId(conferences.id)));

/** The revision facts of one conference by slug (one small indexed query), or null when there is no such conference. */
export function findRevisionFacts(db: Conn, slug: string): RevisionFacts | null {
  const row = selectFacts(db).where(eq(conferences.slug, slug)).get();
  return row ? factsOf(row) : null;
}

/** The revision of one conference now; null when the public sees nothing of it. */
export function findRevision(db: Conn, slug: string): string | null {
  const facts = findRevisionFacts(db, slug);
  return facts && publicRevision(facts);
}

/** The revision of every conference the public sees, by slug, in one query: for lists of conferences. */
export function findPublishedRevisions(db: Conn): Map<string, string> {
  // A conference before its first release has no revision: publicRevision leaves it out.
  const rows = selectFacts(db).where(eq(conferences.published, true)).all();
  const revisions = new Map<string, string>();
  for (const row of rows) {
    const revision = publicRevision(factsOf(row));
    if (revision) revisions.set(row.slug, revision);
  }
  return revisions;
}

/** One value for the whole public site (the list of conferences changes with any of theirs). */
export function siteRevision(revisions: ReadonlyMap<string, string>): string {
  return [...revisions]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, revision]) => `${slug}=${revision}`)
    .join(" ");
}
