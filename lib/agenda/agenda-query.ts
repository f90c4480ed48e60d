import type { SessionKind } from "@/lib/domain/vocabulary";
import { sessionKinds } from "@/lib/domain/vocabulary";

export const agendaViews = ["list", "grid"] as const;
export type AgendaView = (typeof agendaViews)[number];

/**
 * The view an agenda URL without `view` shows, on every device: the page is kept as the same
 * bytes for everyone, so it cannot choose by screen width without rendering both views.
 */
export const defaultAgendaView: AgendaView = "list";

/** What an agenda URL asks for; anything unknown or malformed is dropped, never an error. */
export interface AgendaQuery {
  view: AgendaView;
  day: string;
  forum: string | null;
  track: string | null;
  kind: SessionKind | null;
  room: string | null;
}

export interface AgendaChoices {
  days: string[];
  forums: string[];
  tracks: string[];
  rooms: string[];
}

type RawParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" && v.length <= 200 ? v : null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Reads the agenda's query string against what the release holds. The day
 * defaults to `today` while the conference runs, else to its first day.
 */
export function parseAgendaQuery(params: RawParams, choices: AgendaChoices, today: string | null): AgendaQuery {
  const fallbackDay = today && choices.days.includes(today) ? today : (choices.days[0] ?? "");
  return {
    view: oneOf(single(params.view), agendaViews) ?? defaultAgendaView,
    day: oneOf(single(params.day), choices.days) ?? fallbackDay,
    forum: oneOf(single(params.forum), choices.forums),
    track: oneOf(single(params.track), choices.tracks),
    kind: oneOf(single(params.kind), sessionKinds),
    room: oneOf(single(params.room), choices.rooms),
  };
}

/**
 * The query string for an agenda state, leaving out defaults so shared links stay short and
 * one page has one URL (the page store keeps it once, lib/serving/page-key.ts).
 */
export function agendaSearch(query: AgendaQuery, changes: Partial<AgendaQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.view !== defaultAgendaView) params.set("view", next.view);
  if (next.day) params.set("day", next.day);
  for (const key of ["forum", "track", "kind", "room"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** True when any filter beyond the day is set. */
export function hasFilters(query: AgendaQuery): boolean {
  return Boolean(query.forum || query.track || query.kind || query.room);
}

export function matchesAgendaQuery(
  session: {
    date: string;
    forum: { slug: string };
    track: { slug: string } | null;
    kind: SessionKind;
    room: { slug: string } | null;
  },
  query: AgendaQuery,
): boolean {
  return (
    session.date === query.day &&
    (!query.forum || session.forum.slug === query.forum) &&
    (!query.track || session.track?.slug === query.track) &&
    (!query.kind || session.kind === query.kind) &&
    (!query.room || session.room?.slug === query.room)
  );
}
