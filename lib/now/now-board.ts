import type { NowNext, RoomNow, TimedSession } from "./now-next";

/** A session as the now page groups it: by the forum it belongs to. */
export interface ForumSession extends TimedSession {
  forum: { slug: string; name: string };
}

export interface ForumGroup<S extends ForumSession> {
  forum: S["forum"];
  rooms: RoomNow<S>[];
}

/**
 * The rooms of a now-and-next, grouped by forum in the programme's forum order; a room
 * goes under the forum of what is on in it now, else of what comes next in it. Rooms
 * with nothing on or to come are left out while the conference runs (they would only
 * list what is over) and kept, with their last session, once it has ended.
 */
export function groupByForum<S extends ForumSession>(
  board: NowNext<S>,
  forumOrder: readonly string[],
): ForumGroup<S>[] {
  const groups = new Map<string, ForumGroup<S>>();
  for (const row of board.rooms) {
    const lead = row.now[0] ?? row.next[0] ?? (board.phase === "after" ? row.last : null);
    if (!lead) continue;
    let group = groups.get(lead.forum.slug);
    if (!group) groups.set(lead.forum.slug, (group = { forum: lead.forum, rooms: [] }));
    group.rooms.push(row);
  }
  const rank = (slug: string) => {
    const i = forumOrder.indexOf(slug);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.forum.slug) - rank(b.forum.slug));
}
