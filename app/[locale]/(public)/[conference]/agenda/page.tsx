import type { Metadata } from "next";
import { connection } from "next/server";
import { AgendaPage } from "@/components/agenda/agenda-page";
import { agendaChoices, agendaOptions } from "@/lib/agenda/agenda-choices";
import { parseAgendaQuery } from "@/lib/agenda/agenda-query";
import { instantToLocalDate } from "@/lib/time/zoned";
import { sectionMetadata } from "../page-metadata";
import { requireProgramme } from "../load-programme";

type Props = PageProps<"/[locale]/[conference]/agenda">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, "agenda", "/agenda");
}

export default async function AgendaRoute({ params, searchParams }: Props) {
  const { loaded } = await requireProgramme(params);
  const { view } = loaded;
  const raw = await searchParams;
  await connection();
  const today = instantToLocalDate(new Date(), view.conference.timeZone);

  const { days, ...options } = agendaOptions(view);
  const query = parseAgendaQuery(raw, agendaChoices({ days, ...options }), today);
  return <AgendaPage programme={view} days={days} query={query} options={options} locale={loaded.locale} />;
}
