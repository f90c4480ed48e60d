import type { Metadata } from "next";
import { SpeakerList } from "@/components/speaker/speaker-list";
import { parseInitial } from "@/lib/programme/initials";
import { publicSpeakersOfView } from "@/lib/programme/public-speakers";
import { groupByInitial, matchesSpeakerFilter } from "@/lib/programme/speaker-index";
import { requireProgramme } from "../load-programme";
import { sectionMetadata } from "../page-metadata";

type Props = PageProps<"/[locale]/[conference]/speakers">;

// What the filter reads of what was typed, as the search box does.
const MAX_FILTER_LENGTH = 100;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, "speakers", "/speakers");
}

export default async function SpeakersRoute({ params, searchParams }: Props) {
  const { loaded } = await requireProgramme(params);
  const { letter: rawLetter, q } = await searchParams;
  const filter = (typeof q === "string" ? q : Array.isArray(q) ? (q[0] ?? "") : "").trim().slice(0, MAX_FILTER_LENGTH);
  // A typed filter looks through everyone; the index narrows to one initial.
  const letter = filter ? null : parseInitial(rawLetter);
  const groups = groupByInitial(publicSpeakersOfView(loaded.view), loaded.locale);
  const shown = groups
    .filter((g) => letter === null || g.initial === letter)
    .map((g) => ({ ...g, speakers: g.speakers.filter((s) => matchesSpeakerFilter(s, filter)) }))
    .filter((g) => g.speakers.length > 0);
  return (
    <SpeakerList
      programme={loaded.view}
      groups={shown}
      total={groups.reduce((n, g) => n + g.speakers.length, 0)}
      initials={new Set(groups.map((g) => g.initial))}
      letter={letter}
      filter={filter}
    />
  );
}
