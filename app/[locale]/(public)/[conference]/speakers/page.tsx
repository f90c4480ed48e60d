import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { SpeakerList } from "@/components/speaker/speaker-list";
import { loadProgramme } from "../load-programme";
import { pageMetadata } from "../page-metadata";

type Props = PageProps<"/[locale]/[conference]/speakers">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  if (!loaded) return {};
  const t = await getTranslations({ locale: loaded.locale, namespace: "speakers" });
  return pageMetadata(loaded, { title: t("title"), path: "/speakers" });
}

export default function SpeakersRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Speakers params={params} />
    </Suspense>
  );
}

async function Speakers({ params }: { params: Props["params"] }) {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  if (!loaded) notFound();
  setRequestLocale(loaded.locale);
  // Only people who take part in a published session; sorted the way each language sorts names (pinyin for Chinese).
  const active = new Set(loaded.view.sessions.flatMap((s) => s.people.map((p) => p.slug)));
  const collator = new Intl.Collator(loaded.locale);
  const speakers = loaded.view.speakers
    .filter((s) => active.has(s.slug))
    .sort((a, b) => collator.compare(a.name, b.name));
  return <SpeakerList programme={loaded.view} speakers={speakers} />;
}
