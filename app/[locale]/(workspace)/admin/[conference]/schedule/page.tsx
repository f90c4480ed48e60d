import { getTranslations } from "next-intl/server";
import { ScheduleEditor } from "@/components/schedule/schedule-editor";
import { getDb } from "@/db";
import { loadScheduleEditor } from "@/db/queries/schedule-editor";
import { Link } from "@/i18n/navigation";
import { formatShortDay, formatTimeZoneLabel } from "@/lib/time/format";
import { datesBetween } from "@/lib/time/zoned";
import { loadWorkspace } from "../load-workspace";
import { moveSessionAction } from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/schedule">;

export default async function SchedulePage({ params, searchParams }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/schedule");
  const t = await getTranslations({ locale, namespace: "schedule" });
  const data = loadScheduleEditor(getDb(), viewer, conference.slug)!;
  const days = datesBetween(data.conference.startDate, data.conference.endDate);
  const { day: wanted } = await searchParams;
  const day = typeof wanted === "string" && days.includes(wanted) ? wanted : days[0]!;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">
        {formatTimeZoneLabel(data.conference.timeZone, new Date(`${day}T12:00:00Z`))}
      </p>
      <nav aria-label={t("days")} className="mt-3 flex gap-1">
        {days.map((d) => (
          <Link
            key={d}
            href={`/admin/${conference.slug}/schedule?day=${d}`}
            aria-current={d === day ? "page" : undefined}
            className="rounded-md px-3 py-1.5 text-sm hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {formatShortDay(d, locale)}
          </Link>
        ))}
      </nav>
      <div className="mt-3">
        <ScheduleEditor key={day} data={data} day={day} save={moveSessionAction} />
      </div>
    </div>
  );
}
