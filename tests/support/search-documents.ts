import type { Db } from "@/db/connection";

/** The rows of the search index: one release's, or every release's (release_id 0 is the index's own version row). */
export const countDocuments = (t: { db: Db }, releaseId?: number) =>
  (
    t.db.$client
      .prepare(`select count(*) as n from search_documents where release_id ${releaseId === undefined ? "> 0" : "= ?"}`)
      .get(...(releaseId === undefined ? [] : [releaseId])) as { n: number }
  ).n;
