import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { richTextToPlain } from "@/lib/programme/rich-text";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { loadProgramme, type LoadedProgramme } from "./load-programme";

const feedTitle = { en: en.changelog.feedLink, "zh-CN": zhCN.changelog.feedLink } as const;

const ogLocale = { "zh-CN": "zh_CN", en: "en_US" } as const;

interface PageDescription {
  title?: string;
  description?: string;
  path: string;
  type?: "website" | "profile" | "article";
  /** Whether the page has a share card of its own at `{path}/card.png`; else it shows the conference's. */
  ownCard?: boolean;
}

/** Title, description and Open Graph tags for a page of a conference. */
export function pageMetadata(loaded: LoadedProgramme, page: PageDescription): Metadata {
  const conference = loaded.view.conference;
  const title = page.title ? `${page.title} · ${conference.name}` : conference.name;
  // Abstracts may be imported HTML: a preview shows their words, not their tags.
  const description =
    richTextToPlain(page.description ?? "")
      .replace(/\s+/g, " ")
      .slice(0, 200) || undefined;
  const url = `/${conference.slug}${page.path}`;
  // Drawn by the card.png routes (app/[locale]/(public)/[conference]/_share) at the size declared here.
  const image = { url: `${page.ownCard ? url : `/${conference.slug}`}/card.png`, width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates: {
      canonical: url,
      // Feed readers find the changelog's feed from any page of the conference.
      types: {
        "application/atom+xml": [{ url: `/${conference.slug}/changelog.atom`, title: feedTitle[loaded.locale] }],
      },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: "Podium",
      type: page.type ?? "website",
      locale: ogLocale[loaded.locale],
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

type Texts = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The metadata of a section of a conference (agenda, speakers, search, …): titled by its texts' `title`,
 * nothing when the conference is not published; `more` adds a description or keeps search engines out.
 */
export async function sectionMetadata(
  params: Promise<{ locale: string; conference: string }>,
  namespace: string,
  path: string,
  more: { description?: (t: Texts, loaded: LoadedProgramme) => string; robots?: Metadata["robots"] } = {},
): Promise<Metadata> {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  if (!loaded) return {};
  const t = await getTranslations({ locale: loaded.locale, namespace });
  const metadata = pageMetadata(loaded, { title: t("title"), description: more.description?.(t, loaded), path });
  return more.robots ? { ...metadata, robots: more.robots } : metadata;
}

/** The metadata of a page that shows one thing of the programme (a forum, a session, a speaker): nothing when it is not public. */
export async function shownMetadata<T extends { loaded: LoadedProgramme }>(
  found: Promise<T | null>,
  describe: (shown: T) => PageDescription | Promise<PageDescription>,
): Promise<Metadata> {
  const shown = await found;
  return shown ? pageMetadata(shown.loaded, await describe(shown)) : {};
}
