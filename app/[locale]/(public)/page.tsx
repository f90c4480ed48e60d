import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ConferenceCard } from "@/components/conference/conference-card";
import { listPublishedConferences, publishedRevisions } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import type { Locale } from "@/lib/domain/vocabulary";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <Suspense fallback={<p className="mt-6 text-slate-500">{t("loading")}</p>}>
        <ConferenceList locale={locale} />
      </Suspense>
    </>
  );
}

async function ConferenceList({ locale }: { locale: Locale }) {
  // The list comes from the database at request time (one revision query, the list cached under
  // the revisions), never from the build machine.
  await connection();
  const t = await getTranslations({ locale, namespace: "home" });
  const today = new Date().toISOString().slice(0, 10);
  const conferences = await listPublishedConferences(publishedRevisions(), today);
  if (conferences.length === 0) {
    return <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">{t("empty")}</p>;
  }
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {conferences.map((c) => (
        <li key={c.slug}>
          <ConferenceCard conference={c} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
