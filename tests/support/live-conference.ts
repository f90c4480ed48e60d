import type { Db } from "@/db/connection";
import { conferences, forums, sessions } from "@/db/schema";

type NewConference = Omit<typeof conferences.$inferInsert, "published"> & { published?: boolean };

/** A conference (published unless told otherwise) with one forum "main" on its first day. */
export function addConferenceWithForum(
  db: Db,
  conference: NewConference,
  forumName = "Main",
): { conferenceId: number; forumId: number } {
  const conferenceId = db
    .insert(conferences)
    .values({ published: true, ...conference })
    .returning()
    .get().id;
  const forumId = db
    .insert(forums)
    .values({ conferenceId, slug: "main", name: forumName, date: conference.startDate })
    .returning()
    .get().id;
  return { conferenceId, forumId };
}

/** A published conference "live-conf" (Asia/Shanghai, 1–2 May 2030) with its one forum "main": what the release and search tests fill with sessions. */
export const addLiveConference = (db: Db) =>
  addConferenceWithForum(db, {
    slug: "live-conf",
    name: "Live",
    timeZone: "Asia/Shanghai",
    startDate: "2030-05-01",
    endDate: "2030-05-02",
  });

/** A session of a forum from one ISO instant to another (none: not yet scheduled); its id. */
export const addSession = (
  db: Db,
  forumId: number,
  title: string,
  status: "confirmed" | "draft" | "cancelled",
  startsAt?: string,
  endsAt?: string,
) =>
  db
    .insert(sessions)
    .values({
      forumId,
      title,
      status,
      startsAt: startsAt === undefined ? null : new Date(startsAt),
      endsAt: endsAt === undefined ? null : new Date(endsAt),
    })
    .returning()
    .get().id;
