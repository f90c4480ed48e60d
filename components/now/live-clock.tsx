"use client";

import { useCurrentMinute } from "@/components/time/use-current-minute";
import type { Locale } from "@/lib/domain/vocabulary";
import { formatClockTime } from "@/lib/time/format";

/**
 * The wall-clock time in the conference's zone, turning with the minute. The server's
 * text stands until the page is live; a preview (`fixed`) keeps it.
 */
export function LiveClock({
  timeZone,
  locale,
  initial,
  fixed,
  className,
}: {
  timeZone: string;
  locale: Locale;
  initial: { text: string; iso: string };
  fixed: boolean;
  className?: string;
}) {
  const minute = useCurrentMinute(1_000, fixed);
  if (minute === null)
    return (
      <time dateTime={initial.iso} className={className}>
        {initial.text}
      </time>
    );
  const instant = new Date(minute * 60_000);
  const text = formatClockTime(instant, timeZone, locale);
  return (
    <time dateTime={instant.toISOString()} className={className}>
      {text}
    </time>
  );
}
