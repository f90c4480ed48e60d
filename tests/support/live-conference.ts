import type { Db } from "@/db/connection";
import { conferences, forums } from "@/db/schema";

/** A published conference "live-conf" (Asia/Shanghai, 1–2 May 2030) with its one forum "main": what the release and search tests fill with sessions. */
export function addLiveConference(db: Db): { conferenceId: number; forumId: number } {
  const conferenceId = db
    .insert(conferences)
    .values({
      slug: "live-conf",
      name: "Live",
      timeZone: "Asia/Shanghai",
      startDate: "2030-05-01",
      endDate: "2030-05-02",
      published: true,
    })
    .returning()
    .get().id;
  const forumId = db
    .insert(forums)
    .values({ conferenceId, slug: "main", name: "Main", date: "2030-05-01" })
    .returning()
    .get().id;
  return { conferenceId, forumId };
}
