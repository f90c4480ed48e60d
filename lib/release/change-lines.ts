import type { Locale } from "@/lib/domain/vocabulary";
import { formatShortDay, formatTimeRange } from "@/lib/time/format";
import { instantToLocalDate } from "@/lib/time/zoned";
import type { ChangeEntry, Placement } from "./changelog-view";

/** The words of messages "changelog", passed in so this stays free of next-intl's runtime. */
export type SayChange = (key: string, values?: Record<string, string | number>) => string;

/** A placement as people read it: short day, time range in the conference's zone, room. */
export function describePlacement(p: Placement, timeZone: string, locale: Locale): string {
  const day = formatShortDay(instantToLocalDate(p.startsAt, timeZone), locale);
  return `${day} ${formatTimeRange(p.startsAt, p.endsAt, timeZone, locale)}${p.room ? ` · ${p.room}` : ""}`;
}

/**
 * One change in plain lines, as the changelog page shows it: the kind (Added, Moved…) and
 * what changed. The feed and the speakers' messages use it, so they say what the page says.
 */
export function describeChange(
  entry: ChangeEntry,
  timeZone: string,
  locale: Locale,
  say: SayChange,
): { kind: string; lines: string[] } {
  const place = (p: Placement) => describePlacement(p, timeZone, locale);
  const separator = locale === "zh-CN" ? "、" : ", ";
  const lines: string[] = [];
  if (entry.moved) lines.push(say("moved", { from: place(entry.moved.from), to: place(entry.moved.to) }));
  if (entry.retitled) lines.push(say("retitled", entry.retitled));
  if (entry.people?.added.length) lines.push(say("peopleAdded", { names: entry.people.added.join(separator) }));
  if (entry.people?.removed.length) lines.push(say("peopleRemoved", { names: entry.people.removed.join(separator) }));
  if (entry.otherFields.length) lines.push(say("other", { fields: entry.otherFields.join(", ") }));
  return { kind: say(entry.change), lines };
}
