import { Link } from "@/i18n/navigation";
import type { PublishedConferenceSummary } from "@/db/queries/public";
import { translate } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";
import { formatDateRange } from "@/lib/time/format";

export function ConferenceCard({ conference, locale }: { conference: PublishedConferenceSummary; locale: Locale }) {
  const name = translate(conference, "name", locale);
  const theme = translate(conference, "theme", locale);
  const city = translate(conference, "city", locale);
  return (
    <article className="relative h-full rounded-xl border border-slate-200 p-5 shadow-sm transition hover:border-brand-600">
      <h2 className="text-lg font-semibold">
        <Link href={`/${conference.slug}`} className="after:absolute after:inset-0 hover:text-brand-700">
          {name}
        </Link>
      </h2>
      {theme ? <p className="mt-1 text-brand-700">{theme}</p> : null}
      <p className="mt-3 text-sm text-slate-600">
        <time dateTime={conference.startDate}>{formatDateRange(conference.startDate, conference.endDate, locale)}</time>
        {city ? <> · {city}</> : null}
        {conference.venue ? <> · {translate(conference, "venue", locale)}</> : null}
      </p>
    </article>
  );
}
