import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ForumOverview } from "@/lib/programme/conference-overview";
import { formatTimeRange } from "@/lib/time/format";
import { ForumOrganizationsLine } from "./forum-organizations-line";

export function ForumSummary({
  forum,
  conferenceSlug,
  timeZone,
  locale,
}: {
  forum: ForumOverview;
  conferenceSlug: string;
  timeZone: string;
  locale: Locale;
}) {
  const t = useTranslations("conference");
  return (
    <article className="rounded-xl border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h4 className="text-base font-semibold">
          <Link href={`/${conferenceSlug}/forums/${forum.slug}`} className="hover:text-brand-700 hover:underline">
            {forum.name}
          </Link>
        </h4>
        {forum.startsAt && forum.endsAt ? (
          <p className="text-sm tabular-nums text-slate-600">
            <time dateTime={forum.startsAt.toISOString()}>
              {formatTimeRange(forum.startsAt, forum.endsAt, timeZone, locale)}
            </time>
            {forum.rooms.length ? <> · {forum.rooms.join("、")}</> : null}
          </p>
        ) : null}
      </div>
      {forum.theme ? <p className="mt-1 text-sm text-brand-700">{t("theme", { theme: forum.theme })}</p> : null}
      <ForumOrganizationsLine
        organizations={forum.organizations}
        locale={locale}
        className="mt-2 text-sm text-slate-600"
      />
      <p className="mt-2 text-xs text-slate-500">{t("sessionCount", { count: forum.sessionCount })}</p>
    </article>
  );
}
