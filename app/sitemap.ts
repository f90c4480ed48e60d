import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getPublishedProgramme, listPublishedConferences, publishedRevisions } from "@/db/queries/public";
import { conferencePages, publicIndex } from "@/lib/routing/public-paths";
import { siteUrl } from "@/lib/site-url";

// Every public page of every published conference, from the one list of public pages;
// read from the same caches as the pages, under the same revisions.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const origin = siteUrl();
  const today = new Date().toISOString().slice(0, 10);
  const revisions = publishedRevisions();
  const entries: MetadataRoute.Sitemap = [{ url: `${origin}/`, changeFrequency: "daily" }];
  for (const summary of await listPublishedConferences(revisions, today)) {
    const revision = revisions.get(summary.slug);
    const programme = revision ? await getPublishedProgramme({ conference: summary.slug, revision }) : null;
    if (!programme) continue;
    const base = `${origin}/${summary.slug}`;
    const lastModified = programme.publishedAt;
    const index = publicIndex(programme.snapshot);
    for (const [section, { sitemap }] of Object.entries(conferencePages))
      if (sitemap) entries.push({ url: section ? `${base}/${section}` : base, lastModified, ...sitemap });
    entries.push(
      ...[...index.forums].map((slug) => ({ url: `${base}/forums/${slug}`, lastModified })),
      ...[...index.sessions].map((guid) => ({ url: `${base}/sessions/${guid}`, lastModified })),
      ...[...index.speakers].map((slug) => ({ url: `${base}/speakers/${slug}`, lastModified })),
    );
  }
  return entries;
}
