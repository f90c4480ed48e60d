import "server-only";
import { hasLocale } from "next-intl";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
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

/**
 * What a page of the conference shows, or null where the public may see nothing: the 404 page
 * for null, else the request's locale is set for the page's texts.
 */
export async function shownOrNotFound<T extends { loaded: LoadedProgramme }>(found: Promise<T | null>): Promise<T> {
  const shown = await found;
  if (!shown) notFound();
  setRequestLocale(shown.loaded.locale);
  return shown;
}

type ConferenceParams = Promise<{ locale: string; conference: string }>;

async function findProgramme(params: ConferenceParams) {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  return loaded && { conference, loaded };
}

/** The programme of a section page (agenda, speakers, search, …), with the slug its URL names. */
export function requireProgramme(params: ConferenceParams): Promise<{ conference: string; loaded: LoadedProgramme }> {
  return shownOrNotFound(findProgramme(params));
}
