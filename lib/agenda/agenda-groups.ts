import { agendaSearch, agendaViews, matchesAgendaQuery, type AgendaQuery } from "@/lib/agenda/agenda-query";

/**
 * Past this many sessions on the shown day (as filtered), the agenda shows the day's forums
 * as closed groups, each loading its sessions when opened: FOSDEM's 470 sessions a day would
 * otherwise be 14,000 elements and 80 KB of brotli. A demo day (about 30) is shown whole.
 */
export const LARGE_DAY = 120;

export interface AgendaGroup {
  slug: string;
  name: string;
  count: number;
  startsAt: Date;
  endsAt: Date;
  /** The agenda filtered to this forum: what the group shows when opened, and its link without scripts. */
  href: string;
}

interface GroupedSession {
  startsAt: Date;
  endsAt: Date;
  forum: { slug: string; name: string };
}

/**
 * The day's forums as groups when the day is large and not already narrowed to one forum;
 * null when the sessions are to be shown as they are.
 */
export function agendaGroups<S extends GroupedSession>(
  conference: string,
  sessions: readonly S[],
  forums: ReadonlyArray<{ slug: string; name: string }>,
  query: AgendaQuery,
): AgendaGroup[] | null {
  if (sessions.length <= LARGE_DAY || query.forum) return null;
  const bySlug = new Map<string, S[]>();
  for (const s of sessions) (bySlug.get(s.forum.slug) ?? bySlug.set(s.forum.slug, []).get(s.forum.slug)!).push(s);
  if (bySlug.size < 2) return null;
  return forums
    .filter((f) => bySlug.has(f.slug))
    .map((f) => {
      const own = bySlug.get(f.slug)!;
      return {
        slug: f.slug,
        name: f.name,
        count: own.length,
        startsAt: new Date(Math.min(...own.map((s) => s.startsAt.getTime()))),
        endsAt: new Date(Math.max(...own.map((s) => s.endsAt.getTime()))),
        href: `/${conference}/agenda${agendaSearch(query, { forum: f.slug })}`,
      };
    });
}

/**
 * Every URL a large agenda day may load on demand, for one release (the same in every
 * language, which the page negotiates): a day's forum in each view, unfiltered otherwise.
 * Filtered days load the same pages with their filters added. The offline cache precaches these.
 */
export function agendaGroupUrls(
  conference: string,
  sessions: ReadonlyArray<GroupedSession & Parameters<typeof matchesAgendaQuery>[0]>,
  options: { days: readonly string[]; forums: ReadonlyArray<{ slug: string; name: string }> },
): string[] {
  const urls: string[] = [];
  for (const day of options.days) {
    for (const view of agendaViews) {
      const query: AgendaQuery = { view, day, forum: null, track: null, kind: null, room: null };
      const groups = agendaGroups(
        conference,
        sessions.filter((s) => matchesAgendaQuery(s, query)),
        options.forums,
        query,
      );
      for (const g of groups ?? []) urls.push(g.href);
    }
  }
  return urls;
}
