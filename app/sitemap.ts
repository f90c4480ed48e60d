import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getPublishedProgramme, listPublishedConferences } from "@/db/queries/public";
import { publicIndex } from "@/lib/routing/public-paths";
import { siteUrl } from "@/lib/site-url";

// Every public page of every published conference; read from the same caches as the pages.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const origin = siteUrl();
  const today = new Date().toISOString().slice(0, 10);
  const entries: MetadataRoute.Sitemap = [{ url: `${origin}/`, changeFrequency: "daily" }];
  for (const summary of await listPublishedConferences(today)) {
    const programme = await getPublishedProgramme(summary.slug);
    if (!programme) continue;
    const base = `${origin}/${summary.slug}`;
    const lastModified = programme.publishedAt;
    const index = publicIndex(programme.snapshot);
    entries.push(
      { url: base, lastModified, changeFrequency: "daily", priority: 1 },
      { url: `${base}/agenda`, lastModified, changeFrequency: "hourly", priority: 0.9 },
      { url: `${base}/speakers`, lastModified, changeFrequency: "daily", priority: 0.8 },
      { url: `${base}/changelog`, lastModified, changeFrequency: "daily", priority: 0.5 },
      ...[...index.forums].map((slug) => ({ url: `${base}/forums/${slug}`, lastModified })),
      ...[...index.sessions].map((guid) => ({ url: `${base}/sessions/${guid}`, lastModified })),
      ...[...index.speakers].map((slug) => ({ url: `${base}/speakers/${slug}`, lastModified })),
    );
  }
  return entries;
}
