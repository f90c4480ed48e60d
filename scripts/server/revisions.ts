import Database from "better-sqlite3";
import { queryCounting } from "@/db/connection";

export interface ConferenceState {
  /** Changes whenever what the public sees of the conference may change. */
  revision: string;
}

/**
 * What the public sees of each conference, as one short string per conference,
 * looked up at most once per `ttlMs`: rendered pages are served while their
 * revision is current. Settings, publishing and speakers' own edits all move it;
 * in-process writes also invalidate at once (lib/serving/invalidate.ts).
 */
export class Revisions {
  private readonly db: Database.Database;
  private readonly statement: Database.Statement<[string], { published: number; updatedAt: number; release: string | null }>;
  private readonly known = new Map<string, { state: ConferenceState | null; at: number }>();

  constructor(file: string, private readonly ttlMs = 2000) {
    this.db = new Database(file, { readonly: true, fileMustExist: true, ...queryCounting("revisions") });
    this.db.pragma("busy_timeout = 2000");
    this.statement = this.db.prepare(`
      select c.published as published, c.updated_at as updatedAt,
        (select r.id || ':' || r.version || ':' || coalesce(r.speakers_revised_at, '') from releases r
          where r.conference_id = c.id order by r.published_at desc, r.id desc limit 1) as release
      from conferences c where c.slug = ?`);
  }

  /** Null when the conference is missing, unpublished or has no release: nothing of it is served from the store. */
  current(conference: string, now = Date.now()): ConferenceState | null {
    const cached = this.known.get(conference);
    if (cached && now - cached.at < this.ttlMs) return cached.state;
    const row = this.statement.get(conference);
    const state = row && row.published && row.release ? { revision: `${row.release}:${row.updatedAt}` } : null;
    if (this.known.size > 1000) this.known.clear();
    this.known.set(conference, { state, at: now });
    return state;
  }

  forget(conference?: string): void {
    if (conference) this.known.delete(conference);
    else this.known.clear();
  }

  close(): void {
    this.db.close();
  }
}
