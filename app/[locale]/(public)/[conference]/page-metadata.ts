import type { Metadata } from "next";
import { richTextToPlain } from "@/lib/programme/rich-text";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { LoadedProgramme } from "./load-programme";

const feedTitle = { en: en.changelog.feedLink, "zh-CN": zhCN.changelog.feedLink } as const;

const ogLocale = { "zh-CN": "zh_CN", en: "en_US" } as const;

/** Title, description and Open Graph tags for a page of a conference. */
export function pageMetadata(
  loaded: LoadedProgramme,
  page: { title?: string; description?: string; path: string; type?: "website" | "profile" | "article" },
): Metadata {
  const conference = loaded.view.conference;
  const title = page.title ? `${page.title} · ${conference.name}` : conference.name;
  // Abstracts may be imported HTML: a preview shows their words, not their tags.
  const description =
    richTextToPlain(page.description ?? "")
      .replace(/\s+/g, " ")
      .slice(0, 200) || undefined;
  const url = `/${conference.slug}${page.path}`;
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
    },
    twitter: { card: "summary", title, description },
  };
}
