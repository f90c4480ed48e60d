import type { Locale } from "@/lib/domain/vocabulary";
import { formatTimeRange } from "@/lib/time/format";

/**
 * A session's start–end in the conference's zone. The empty companion span is
 * filled by the viewer-zone toggle with the same times in the viewer's zone.
 */
export function SessionTime({
  startsAt,
  endsAt,
  timeZone,
  locale,
  className,
}: {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  locale: Locale;
  className?: string;
}) {
  return (
    <span className={className}>
      <time dateTime={startsAt.toISOString()} className="tabular-nums">
        {formatTimeRange(startsAt, endsAt, timeZone, locale)}
      </time>
      <span
        data-viewer-time=""
        data-start={startsAt.toISOString()}
        data-end={endsAt.toISOString()}
        hidden
        className="block text-xs text-slate-600"
      />
    </span>
  );
}
