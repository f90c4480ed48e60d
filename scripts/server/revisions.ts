import Database from "better-sqlite3";
import { queryCounting } from "@/db/connection";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { releaseFacts, type ReleaseFacts } from "@/lib/serving/page-key";

export interface ConferenceState {
  /** Changes whenever what the public sees of the conference may change. */
  revision: string;
  /** Of its latest release: default language and what its agenda accepts, to key its pages. */
  facts: ReleaseFacts;
}

/**
 * What the public sees of each conference, as one short string per conference,
 * looked up at most once per `ttlMs`: rendered pages are served while their
 * revision is current. Settings, publishing and speakers' own edits all move it;
 * in-process writes also invalidate at once (lib/serving/invalidate.ts).
 */
export class Revisions {
  private readonly db: Database.Database;
  private readonly statement: Database.Statement<
    [string],
    { published: number; updatedAt: number; releaseId: number | null; release: string | null }
  >;
  private readonly snapshot: Database.Statement<[number], { snapshot: string }>;
  private readonly known = new Map<string, { state: ConferenceState | null; at: number }>();
  /** The facts of the release each conference was last seen at: the snapshot is read once per release. */
  private readonly facts = new Map<string, { release: string; facts: ReleaseFacts }>();

  constructor(
    file: string,
    private readonly ttlMs = 2000,
  ) {
    this.db = new Database(file, { readonly: true, fileMustExist: true, ...queryCounting("revisions") });
    this.db.pragma("busy_timeout = 2000");
    this.statement = this.db.prepare(`
      select c.published as published, c.updated_at as updatedAt, r.id as releaseId,
        r.id || ':' || r.version || ':' || coalesce(r.speakers_revised_at, '') as release
      from conferences c left join releases r on r.id = (select r2.id from releases r2
        where r2.conference_id = c.id order by r2.published_at desc, r2.id desc limit 1)
      where c.slug = ?`);
    this.snapshot = this.db.prepare("select snapshot from releases where id = ?");
  }

  /** Null when the conference is missing, unpublished or has no release: nothing of it is served from the store. */
  current(conference: string, now = Date.now()): ConferenceState | null {
    const cached = this.known.get(conference);
    if (cached && now - cached.at < this.ttlMs) return cached.state;
    const row = this.statement.get(conference);
    const state =
      row && row.published && row.release && row.releaseId !== null
        ? { revision: `${row.release}:${row.updatedAt}`, facts: this.factsOf(conference, row.releaseId, row.release) }
        : null;
    if (this.known.size > 1000) this.known.clear();
    this.known.set(conference, { state, at: now });
    return state;
  }

  private factsOf(conference: string, releaseId: number, release: string): ReleaseFacts {
    const seen = this.facts.get(conference);
    if (seen?.release === release) return seen.facts;
    const row = this.snapshot.get(releaseId);
    if (!row) throw new Error(`release ${releaseId} of ${conference} vanished`);
    const facts = releaseFacts(JSON.parse(row.snapshot) as ReleaseSnapshot);
    if (this.facts.size > 1000) this.facts.clear();
    this.facts.set(conference, { release, facts });
    return facts;
  }

  forget(conference?: string): void {
    if (conference) this.known.delete(conference);
    else this.known.clear();
  }

  close(): void {
    this.db.close();
  }
}
