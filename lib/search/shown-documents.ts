import { translate } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";
import { overviewByDay } from "@/lib/programme/conference-overview";
import { programmeView } from "@/lib/programme/programme-view";
import { publicSpeakersOfView } from "@/lib/programme/public-speakers";
import { richTextToPlain } from "@/lib/programme/rich-text";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { formatDay, formatTimeRange } from "@/lib/time/format";
import type { ShownDocument } from "./answer";

/**
 * The forums, sessions and speakers of a release as search shows them, in one
 * language: what search.json answers with and what search-index.json holds for
 * searching offline. The same documents the index holds (forums, every session,
 * the speakers who take part in one), their text in `locale` only. Abstracts and
 * descriptions go through `plain` (their HTML reduced to text; costly for a whole
 * programme, so a server showing a page of hits passes them as they are and reduces
 * only those).
 */
export function buildShownDocuments(
  snapshot: ReleaseSnapshot,
  locale: Locale,
  plain: (text: string) => string = richTextToPlain,
): ShownDocument[] {
  const view = programmeView(snapshot, locale);
  const { slug, timeZone } = view.conference;
  const list = locale === "zh-CN" ? "、" : ", ";
  // A programme has a few days and a thousand sessions: each day is written once.
  const days = new Map<string, string>();
  const dayName = (date: string) => days.get(date) ?? days.set(date, formatDay(date, locale)).get(date)!;
  const descriptionBySlug = new Map(snapshot.forums.map((f) => [f.slug, translate(f, "description", locale) ?? ""]));
  const forums = overviewByDay(snapshot, locale).flatMap((day) =>
    day.forums.map((f, position): ShownDocument => ({
      kind: "forum",
      ref: f.slug,
      sortKey: `${day.date}#${String(position).padStart(6, "0")}`,
      link: `/${slug}/forums/${f.slug}`,
      title: f.name,
      subtitle: [f.theme, ...f.organizations.map((o) => o.name)].filter((t) => t !== "").join(" · "),
      body: plain(descriptionBySlug.get(f.slug) ?? ""),
      meta: dayName(day.date),
    })),
  );
  const sessions = view.sessions.map((s): ShownDocument => ({
    kind: "session",
    ref: s.guid,
    sortKey: s.startsAt.toISOString(),
    link: `/${slug}/sessions/${s.guid}`,
    title: s.title,
    subtitle: s.people.map((p) => p.name).join(list),
    body: plain(s.abstract),
    meta: [dayName(s.date), formatTimeRange(s.startsAt, s.endsAt, timeZone, locale), s.room?.name]
      .filter((part) => part)
      .join(" · "),
  }));
  const speakers = publicSpeakersOfView(view).map((s): ShownDocument => ({
    kind: "speaker",
    ref: s.slug,
    sortKey: s.name,
    link: `/${slug}/speakers/${s.slug}`,
    title: s.name,
    subtitle: s.affiliation,
    body: s.bio,
    meta: "",
  }));
  return [...forums, ...sessions, ...speakers];
}
