import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConferenceSettingsForm } from "@/components/admin/conference-settings-form";
import { SavedNotice } from "@/components/ui/saved-notice";
import { getDb } from "@/db";
import { getConferenceSettings } from "@/db/queries/conferences";
import { Link } from "@/i18n/navigation";
import { pairWithEnglish } from "@/lib/domain/translations";
import { loadWorkspace } from "../load-workspace";
import { saveConferenceSettingsAction } from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/settings">;

export default async function SettingsPage({ params, searchParams }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/settings", { organizersOnly: true });
  const settings = getConferenceSettings(getDb(), viewer, conference.id);
  if (!settings) notFound();
  const t = await getTranslations({ locale, namespace: "conferenceSettings" });
  const { saved } = await searchParams;
  return (
    <div>
      <SavedNotice saved={saved} locale={locale} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {settings.releaseCount === 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {t.rich("noRelease", {
            link: (chunks) => (
              <Link href={`/admin/${conference.slug}/publish`} className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <div className="mt-4">
        <ConferenceSettingsForm
          conference={{
            slug: settings.slug,
            ...pairWithEnglish(settings, ["name", "theme", "city", "venue"]),
            startDate: settings.startDate,
            endDate: settings.endDate,
            timeZone: settings.timeZone,
            defaultLocale: settings.defaultLocale,
            website: settings.website ?? "",
            published: settings.published,
          }}
          zones={Intl.supportedValuesOf("timeZone")}
          save={saveConferenceSettingsAction}
        />
      </div>
    </div>
  );
}
