import "server-only";
import { cacheLife } from "next/cache";
import { nowAndNext } from "@/lib/now/now-next";
import { nowState, type NowState } from "@/lib/now/now-state";
import { programmeView } from "@/lib/programme/programme-view";
import { getPublishedProgramme, type ConferenceAt } from "./public";

/**
 * The polled state of a conference at an instant, from its latest release: the same
 * sessions in the same order the pages show, so a page's tag and the JSON's agree.
 */
export async function readNowState(at: ConferenceAt, instant: Date): Promise<NowState | null> {
  const programme = await getPublishedProgramme(at);
  if (!programme) return null;
  // Words do not enter the state: any language gives the same one.
  const view = programmeView(programme.snapshot, programme.snapshot.conference.defaultLocale);
  return nowState(at.conference, nowAndNext(view.sessions, instant));
}

/**
 * The live state, kept per revision and minute: every screen and phone polling in the
 * same minute is answered from one computation. The minute is part of the key, so
 * entries are never stale, only no longer asked for.
 */
export async function getLiveNowState(at: ConferenceAt, minuteMs: number): Promise<NowState | null> {
  "use cache";
  cacheLife("minutes");
  return readNowState(at, new Date(minuteMs));
}
