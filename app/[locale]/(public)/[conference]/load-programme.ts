import "server-only";
import { hasLocale } from "next-intl";
import { headers } from "next/headers";
import { cache } from "react";
import { readPublishedProgramme, type PublicProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import type { Locale } from "@/lib/domain/vocabulary";
import { programmeView, type ProgrammeView } from "@/lib/programme/programme-view";
import { isSlug } from "@/lib/slug";

export interface LoadedProgramme {
  locale: Locale;
  release: PublicProgramme;
  view: ProgrammeView;
}

/**
 * The published programme of a conference in the request's locale, or null
 * for anything the public may not see. Memoized per request so metadata and
 * page share one revision (the proxy's, handed on) and one localization.
 */
export const loadProgramme = cache(async (locale: string, conference: string): Promise<LoadedProgramme | null> => {
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return null;
  const release = await readPublishedProgramme(conference, await headers());
  return release ? { locale, release, view: programmeView(release.snapshot, locale) } : null;
});
