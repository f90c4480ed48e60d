import type { AgendaChoices } from "@/lib/agenda/agenda-query";
import { sessionKinds, type SessionKind } from "@/lib/domain/vocabulary";
import type { ProgrammeView } from "@/lib/programme/programme-view";
import { datesBetween } from "@/lib/time/zoned";

// The agenda page and the page server's canonical URLs (lib/serving/page-key.ts) must accept
// exactly the same values, so both take them from here.

export interface AgendaOptions<V extends ProgrammeView = ProgrammeView> {
  days: string[];
  forums: V["forums"];
  tracks: V["tracks"];
  kinds: SessionKind[];
  rooms: V["rooms"];
}

/** The conference's days (plus any day a session falls on outside them), and the forums, tracks, kinds and rooms its sessions use. */
export function agendaOptions(view: ProgrammeView): AgendaOptions {
  const days = [
    ...new Set([
      ...datesBetween(view.conference.startDate, view.conference.endDate),
      ...view.sessions.map((s) => s.date),
    ]),
  ].sort();
  const used = <T extends { slug: string }>(
    items: T[],
    pick: (s: ProgrammeView["sessions"][number]) => string | undefined,
  ) => {
    const slugs = new Set(view.sessions.map(pick));
    return items.filter((i) => slugs.has(i.slug));
  };
  return {
    days,
    forums: used(view.forums, (s) => s.forum.slug),
    tracks: used(view.tracks, (s) => s.track?.slug),
    kinds: sessionKinds.filter((k) => view.sessions.some((s) => s.kind === k)),
    rooms: used(view.rooms, (s) => s.room?.slug),
  };
}

/** The values an agenda URL is checked against (lib/agenda/agenda-query.ts). */
export function agendaChoices(options: AgendaOptions): AgendaChoices {
  const slugs = (items: Array<{ slug: string }>) => items.map((i) => i.slug);
  return {
    days: options.days,
    forums: slugs(options.forums),
    tracks: slugs(options.tracks),
    rooms: slugs(options.rooms),
  };
}
