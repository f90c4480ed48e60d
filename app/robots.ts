import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteUrl } from "@/lib/site-url";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Read at request time so SITE_URL set when serving (not only when building) applies.
  await connection();
  return {
    // Personal and private pages stay out of search engines; the public programme is welcome.
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/*/my-agenda", "/*/search"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
