import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { queryCounting, type Conn } from "@/db/connection";
import { findReleaseSnapshot } from "@/db/queries/published";
import { findRevisionFacts, publicRevision } from "@/db/queries/revision";
import * as schema from "@/db/schema";
import { releaseFacts, type ReleaseFacts } from "@/lib/serving/page-key";

export interface ConferenceState {
  /** The conference's one revision (db/queries/revision.ts): stored pages are kept under it. */
  revision: string;
  /** Of its latest release: default language and what its agenda accepts, to key its pages. */
  facts: ReleaseFacts;
}

/**
 * Each conference's revision, on a read-only connection of its own: stored pages
 * are served while it is current. SQLite's data_version moves whenever any other
 * connection commits (this server's own writes, or a release published from the
 * command line), so a change reaches the very next request, and while nothing is
 * written a stored page costs one pragma and no query.
 */
export class Revisions {
  private readonly client: Database.Database;
  private readonly db: Conn;
  private readonly known = new Map<string, { state: ConferenceState | null; at: number }>();
  /** The facts of the revision each conference was last seen at: the snapshot is read once per revision. */
  private readonly facts = new Map<string, { revision: string; facts: ReleaseFacts }>();
  private readonly dataVersion: Database.Statement<[], number>;
  private seenVersion = -1;

  constructor(file: string) {
    this.client = new Database(file, { readonly: true, fileMustExist: true, ...queryCounting("revisions") });
    this.client.pragma("busy_timeout = 2000");
    this.db = drizzle({ client: this.client, schema, casing: "snake_case" });
    this.dataVersion = this.client.prepare<[], number>("PRAGMA data_version").pluck();
  }

  /** Null when the conference is missing, unpublished or has no release: nothing of it is served from the store. */
  current(conference: string, now = Date.now()): ConferenceState | null {
    const version = this.dataVersion.get()!;
    if (version !== this.seenVersion) {
      this.known.clear();
      this.seenVersion = version;
    }
    const cached = this.known.get(conference);
    if (cached) return cached.state;
    const found = findRevisionFacts(this.db, conference);
    const revision = found && publicRevision(found);
    const state = revision ? { revision, facts: this.factsOf(conference, found.release!.id, revision) } : null;
    if (this.known.size > 1000) this.known.clear();
    this.known.set(conference, { state, at: now });
    return state;
  }

  private factsOf(conference: string, releaseId: number, revision: string): ReleaseFacts {
    const seen = this.facts.get(conference);
    if (seen?.revision === revision) return seen.facts;
    const snapshot = findReleaseSnapshot(this.db, releaseId);
    if (!snapshot) throw new Error(`release ${releaseId} of ${conference} vanished`);
    const facts = releaseFacts(snapshot);
    if (this.facts.size > 1000) this.facts.clear();
    this.facts.set(conference, { revision, facts });
    return facts;
  }

  close(): void {
    this.client.close();
  }
}
