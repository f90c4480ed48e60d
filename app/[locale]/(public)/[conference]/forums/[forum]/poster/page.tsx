import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForumPoster } from "@/components/forum/forum-poster";
import { translate } from "@/lib/domain/translations";
import { forumDetail } from "@/lib/programme/forum-detail";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";
import { loadProgramme } from "../../../load-programme";
import { pageMetadata } from "../../../page-metadata";
import "./forum-poster.css";

type Props = PageProps<"/[locale]/[conference]/forums/[forum]/poster">;

async function findForum(params: Props["params"]) {
  const { locale, conference, forum } = await params;
  const loaded = await loadProgramme(locale, conference);
  const detail = loaded && isSlug(forum) ? forumDetail(loaded.release.snapshot, forum, loaded.locale) : null;
  return loaded && detail ? { loaded, detail } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findForum(params);
  if (!found) return {};
  const t = await getTranslations({ locale: found.loaded.locale, namespace: "poster" });
  return pageMetadata(found.loaded, {
    title: t("title", { forum: found.detail.name }),
    description: found.detail.theme || found.detail.description,
    path: `/forums/${found.detail.slug}/poster`,
  });
}

export default function PosterRoute({ params }: Props) {
  return <Poster params={params} />;
}

async function Poster({ params }: { params: Props["params"] }) {
  const found = await findForum(params);
  if (!found) notFound();
  const { loaded, detail } = found;
  setRequestLocale(loaded.locale);
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
