import { useTranslations } from "next-intl";

/** The heading of a forum's programme, with the zone its times are in: on the forum's page, or smaller on its poster. */
export function ForumProgrammeHeading({ id, zone, poster = false }: { id: string; zone: string; poster?: boolean }) {
  const t = useTranslations("forum");
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-2">
      <h2 id={id} className={poster ? "text-lg font-semibold" : "text-xl font-semibold"}>
        {t("programme")}
      </h2>
      <p className={poster ? "text-xs text-slate-600" : "text-sm text-slate-600"}>{t("allTimes", { zone })}</p>
    </div>
  );
}
