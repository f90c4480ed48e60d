import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { loadWorkspace } from "../load-workspace";
import { importScheduleAction } from "./actions";
import { PageSection } from "@/components/ui/section";

type Props = PageProps<"/[locale]/admin/[conference]/import">;

export default async function ImportPage({ params }: Props) {
  const { locale, conference } = await loadWorkspace(params, "/import", { organizersOnly: true });
  const t = await getTranslations({ locale, namespace: "importSchedule" });
  const base = `/admin/${conference.slug}/export`;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <ImportForm conference={conference.slug} action={importScheduleAction} />
      </div>
      <PageSection id="exports" title={t("exportsTitle")} className="mt-10">
        <p className="mt-1 text-sm text-slate-600">{t("exportsIntro")}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          <li>
            <a href={`${base}/sessions.csv`} className="text-brand-700 underline">
              {t("sessionsCsv")}
            </a>
          </li>
          <li>
            <a href={`${base}/speakers.csv`} className="text-brand-700 underline">
              {t("speakersCsv")}
            </a>
          </li>
          {(["schedule.xml", "schedule.json", "schedule2.json", "schedule.ics"] as const).map((file) => (
            <li key={file}>
              <a href={`/${conference.slug}/${file}`} className="text-brand-700 underline">
                {file}
              </a>{" "}
              <span className="text-slate-600">{t("publishedOnly")}</span>
            </li>
          ))}
        </ul>
      </PageSection>
    </div>
  );
}
