import "server-only";
import { getDb } from "../index";
import { findPublishedProgramme } from "./published";
import { findRevision } from "./revision";
import { publicIndex, type PublicIndex } from "@/lib/routing/public-paths";

// The proxy asks on every request whether a public URL exists, so that unknown slugs
// get a real 404 status (a streamed page has already sent 200). It reads the
// conference's revision (one small query, handed on to the page) and keeps each
// conference's index under that revision: a snapshot is parsed once per revision.
const MAX_ENTRIES = 1_000;

export interface PublicState {
  revision: string;
  index: PublicIndex;
}

const kept = new Map<string, PublicState>();

/** What the public sees of a conference now, or null when it sees nothing. */
export function findPublicState(conference: string): PublicState | null {
  const db = getDb();
  const revision = findRevision(db, conference);
  if (revision === null) return null;
  const known = kept.get(conference);
  if (known?.revision === revision) return known;
  // The release is read after the revision: never older than the key it is kept under.
  const release = findPublishedProgramme(db, conference);
  if (!release) return null;
  const state = { revision, index: publicIndex(release.snapshot) };
  if (kept.size >= MAX_ENTRIES && !kept.has(conference)) kept.delete(kept.keys().next().value!);
  kept.set(conference, state);
  return state;
}
