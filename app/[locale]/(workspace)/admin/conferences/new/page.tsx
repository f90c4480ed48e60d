import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewConferenceForm } from "@/components/admin/new-conference-form";
import { can } from "@/lib/auth/permissions";
import { requireViewerIn } from "../../require-viewer";
import { createConferenceAction } from "./actions";

type Props = PageProps<"/[locale]/admin/conferences/new">;

export default async function NewConferencePage({ params }: Props) {
  const { locale, viewer } = await requireViewerIn((await params).locale, "/admin/conferences/new");
  // createConference checks again; this only keeps the page from showing to people who could not use it.
  if (!can(viewer, { action: "conference.create" })) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "newConference" });
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 mb-4 text-slate-600">{t("intro")}</p>
      <NewConferenceForm zones={Intl.supportedValuesOf("timeZone")} create={createConferenceAction} />
    </div>
  );
}
