import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { conferences, releases } from "../schema";
import { publicIndex, type PublicIndex } from "@/lib/routing/public-paths";

// The proxy asks on every request whether a public URL exists, so that unknown
// slugs get a real 404 status (a streamed page has already sent 200). The
// answer is kept briefly per conference: at most one small query per conference
// every few seconds, and the snapshot is parsed again only when a new release appears.
const TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  checkedAt: number;
  releaseId: number | null;
  index: PublicIndex | null;
}

const entries = new Map<string, Entry>();

export function findPublicIndex(conference: string, now = Date.now()): PublicIndex | null {
  const cached = entries.get(conference);
  if (cached && now - cached.checkedAt < TTL_MS) return cached.index;
  const db = getDb();
  const latest = db
    .select({ id: releases.id })
    .from(releases)
    .innerJoin(conferences, eq(conferences.id, releases.conferenceId))
    .where(and(eq(conferences.slug, conference), eq(conferences.published, true)))
    .orderBy(desc(releases.publishedAt), desc(releases.id))
    .limit(1)
    .get();
  let index: PublicIndex | null = null;
  if (latest) {
    if (cached?.releaseId === latest.id && cached.index) index = cached.index;
    else {
      const row = db.select({ snapshot: releases.snapshot }).from(releases).where(eq(releases.id, latest.id)).get();
      index = row ? publicIndex(row.snapshot) : null;
    }
  }
  if (entries.size >= MAX_ENTRIES && !entries.has(conference)) entries.delete(entries.keys().next().value!);
  entries.set(conference, { checkedAt: now, releaseId: latest?.id ?? null, index });
  return index;
}
