import type { Metadata } from "next";
import { ConferenceOverview } from "@/components/conference/conference-overview";
import { translate } from "@/lib/domain/translations";
import { loadProgramme, requireProgramme } from "./load-programme";
import { pageMetadata } from "./page-metadata";

type Props = PageProps<"/[locale]/[conference]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  if (!loaded) return {};
  const c = loaded.release.snapshot.conference;
  const description = [translate(c, "theme", loaded.locale), translate(c, "city", loaded.locale)]
    .filter(Boolean)
    .join(" · ");
  return pageMetadata(loaded, { description, path: "" });
}

export default async function ConferencePage({ params }: Props) {
  const { loaded } = await requireProgramme(params);
  return <ConferenceOverview programme={loaded.release} locale={loaded.locale} />;
}
