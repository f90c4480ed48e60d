import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ForumPage } from "@/components/forum/forum-page";
import { translate } from "@/lib/domain/translations";
import { forumDetail } from "@/lib/programme/forum-detail";
import { searchExamples } from "@/lib/search/search-examples";
import { isSlug } from "@/lib/slug";
import { loadProgramme } from "../../load-programme";
import { pageMetadata } from "../../page-metadata";

type Props = PageProps<"/[locale]/[conference]/forums/[forum]">;

async function findForum(params: Props["params"]) {
  const { locale, conference, forum } = await params;
  const loaded = await loadProgramme(locale, conference);
  const detail = loaded && isSlug(forum) ? forumDetail(loaded.release.snapshot, forum, loaded.locale) : null;
  return loaded && detail ? { locale: loaded.locale, snapshot: loaded.release.snapshot, detail } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, conference, forum } = await params;
  const loaded = await loadProgramme(locale, conference);
  const detail = loaded ? forumDetail(loaded.release.snapshot, forum, loaded.locale) : null;
  if (!loaded || !detail) return {};
  return pageMetadata(loaded, {
    title: detail.name,
    description: detail.theme || detail.description,
    path: `/forums/${detail.slug}`,
    ownCard: true,
  });
}

export default function ForumRoute({ params }: Props) {
  return <Forum params={params} />;
}

async function Forum({ params }: { params: Props["params"] }) {
  const found = await findForum(params);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const c = found.snapshot.conference;
  return (
    <ForumPage
      forum={found.detail}
      conference={{
        slug: c.slug,
        name: translate(c, "name", found.locale) ?? c.name,
        timeZone: c.timeZone,
        searchExamples: searchExamples(found.snapshot),
      }}
      locale={found.locale}
    />
  );
}
