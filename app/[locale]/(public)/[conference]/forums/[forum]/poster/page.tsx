import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForumPoster } from "@/components/forum/forum-poster";
import { translate } from "@/lib/domain/translations";
import { siteUrl } from "@/lib/site-url";
import { shownOrNotFound } from "../../../load-programme";
import { shownMetadata } from "../../../page-metadata";
import { findForum } from "../find-forum";
import "./forum-poster.css";

type Props = PageProps<"/[locale]/[conference]/forums/[forum]/poster">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shownMetadata(findForum(params), async ({ loaded, detail }) => {
    const t = await getTranslations({ locale: loaded.locale, namespace: "poster" });
    return {
      title: t("title", { forum: detail.name }),
      description: detail.theme || detail.description,
      path: `/forums/${detail.slug}/poster`,
    };
  });
}

export default async function PosterRoute({ params }: Props) {
  const { loaded, detail } = await shownOrNotFound(findForum(params));
  const c = loaded.release.snapshot.conference;
  return (
    <ForumPoster
      forum={detail}
      conference={{ name: translate(c, "name", loaded.locale) ?? c.name, timeZone: c.timeZone }}
      url={`${siteUrl()}/${c.slug}/forums/${detail.slug}`}
      locale={loaded.locale}
    />
  );
}
