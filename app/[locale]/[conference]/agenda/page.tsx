import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { Suspense } from "react";
import type { FilterOptions } from "@/components/agenda/agenda-filters";
import { AgendaPage } from "@/components/agenda/agenda-page";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { parseAgendaQuery } from "@/lib/agenda/agenda-query";
import { sessionKinds } from "@/lib/domain/vocabulary";
import { datesBetween, instantToLocalDate } from "@/lib/time/zoned";
import { pageMetadata } from "../page-metadata";
import { loadProgramme } from "../load-programme";

type Props = PageProps<"/[locale]/[conference]/agenda">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  if (!loaded) return {};
  const t = await getTranslations({ locale: loaded.locale, namespace: "agenda" });
  return pageMetadata(loaded, { title: t("title"), path: "/agenda" });
}

export default function AgendaRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Agenda params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Agenda({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  if (!loaded) notFound();
  setRequestLocale(loaded.locale);
  const { view } = loaded;
  const raw = await searchParams;
  await connection();
  const today = instantToLocalDate(new Date(), view.conference.timeZone);

  // Days of the conference, plus any day a session falls on outside its dates.
  const days = [...new Set([...datesBetween(view.conference.startDate, view.conference.endDate), ...view.sessions.map((s) => s.date)])].sort();
  const used = <T extends { slug: string }>(items: T[], pick: (s: (typeof view.sessions)[number]) => string | undefined) => {
    const slugs = new Set(view.sessions.map(pick));
    return items.filter((i) => slugs.has(i.slug));
  };
  const options: FilterOptions = {
    forums: used(view.forums, (s) => s.forum.slug),
    tracks: used(view.tracks, (s) => s.track?.slug),
    kinds: sessionKinds.filter((k) => view.sessions.some((s) => s.kind === k)),
    rooms: used(view.rooms, (s) => s.room?.slug),
  };
  const query = parseAgendaQuery(raw, { days, forums: options.forums.map((f) => f.slug), tracks: options.tracks.map((x) => x.slug), rooms: options.rooms.map((r) => r.slug) }, today);
  return <AgendaPage programme={view} days={days} query={query} options={options} locale={loaded.locale} />;
}
