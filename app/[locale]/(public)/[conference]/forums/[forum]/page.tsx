import type { Metadata } from "next";
import { ForumPage } from "@/components/forum/forum-page";
import { translate } from "@/lib/domain/translations";
import { searchExamples } from "@/lib/search/search-examples";
import { shownOrNotFound } from "../../load-programme";
import { shownMetadata } from "../../page-metadata";
import { findForum } from "./find-forum";

type Props = PageProps<"/[locale]/[conference]/forums/[forum]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shownMetadata(findForum(params), ({ detail }) => ({
    title: detail.name,
    description: detail.theme || detail.description,
    path: `/forums/${detail.slug}`,
    ownCard: true,
  }));
}

export default async function ForumRoute({ params }: Props) {
  const { loaded, detail } = await shownOrNotFound(findForum(params));
  const { snapshot } = loaded.release;
  const c = snapshot.conference;
  return (
    <ForumPage
      forum={detail}
      conference={{
        slug: c.slug,
        name: translate(c, "name", loaded.locale) ?? c.name,
        timeZone: c.timeZone,
        searchExamples: searchExamples(snapshot),
      }}
      locale={loaded.locale}
    />
  );
}
