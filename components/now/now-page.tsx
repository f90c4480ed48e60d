import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ConferenceNav } from "@/components/conference/conference-nav";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import { groupByForum } from "@/lib/now/now-board";
import type { NowNext } from "@/lib/now/now-next";
import type { ProgrammeSession, ProgrammeView } from "@/lib/programme/programme-view";
import { formatClockTime, formatDay, formatShortDay, formatTimeZoneLabel } from "@/lib/time/format";
import { instantToLocalDate } from "@/lib/time/zoned";
import { LiveClock } from "./live-clock";
import { NowRoomCard } from "./now-room-card";

interface Props {
  programme: ProgrammeView;
  board: NowNext<ProgrammeSession>;
  /** The instant shown: the current minute, or a preview's `?at=`. */
  at: Date;
  preview: boolean;
  locale: Locale;
  /** The island that keeps the page current. */
  refresh: ReactNode;
}

/** What is on now and next in every room, grouped by forum, in the conference's zone. */
export function NowPage({ programme, board, at, preview, locale, refresh }: Props) {
  const t = useTranslations("now");
  const { conference } = programme;
  const timeZone = conference.timeZone;
  const today = instantToLocalDate(at, timeZone);
  const clock = formatClockTime(at, timeZone, locale);
  const groups = groupByForum(
    board,
    programme.forums.map((f) => f.slug),
  );
  const first = board.firstStart;
  const notice =
    board.phase === "before" && first
      ? t("before", {
          date: formatDay(instantToLocalDate(first, timeZone), locale),
          time: formatClockTime(first, timeZone, locale),
        })
      : board.phase === "after"
        ? t("after")
        : board.rooms.every((row) => !row.now.length)
          ? t("nothingOn")
          : null;

  return (
    <div>
      <ConferenceNav conference={conference.slug} name={conference.name} current={null} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <Link href={`/${conference.slug}/screens`} className="text-sm text-brand-700 underline print:hidden">
          {t("screensLink")}
        </Link>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {preview ? (
          t("preview", { time: `${formatShortDay(today, locale)} ${clock}` })
        ) : (
          <>
            {formatShortDay(today, locale)}{" "}
            <LiveClock
              timeZone={timeZone}
              locale={locale}
              initial={{ text: clock, iso: at.toISOString() }}
              fixed={false}
              className="font-semibold tabular-nums text-slate-900"
            />
          </>
        )}
        {" · "}
        {t("timesIn", { zone: formatTimeZoneLabel(timeZone, at) })}
      </p>
      {notice ? <p className="mt-4 rounded-lg bg-amber-50 p-4 text-amber-900">{notice}</p> : null}
      {board.rooms.length ? null : <p className="mt-4 rounded-lg bg-slate-50 p-6 text-slate-700">{t("empty")}</p>}
      {/* Forums side by side, each with its rooms below it: a board that fits a laptop without scrolling far. */}
      <div className="mt-6 grid items-start gap-x-4 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map((group) => (
          <section key={group.forum.slug} aria-labelledby={`forum-${group.forum.slug}`}>
            <h2 id={`forum-${group.forum.slug}`} className="text-lg font-semibold text-slate-800">
              {group.forum.name}
            </h2>
            <ul className="mt-2 space-y-3">
              {group.rooms.map((row) => (
                <li key={row.room?.slug ?? ""}>
                  <NowRoomCard
                    row={row}
                    during={board.phase === "during"}
                    conference={conference.slug}
                    today={today}
                    timeZone={timeZone}
                    locale={locale}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {refresh}
    </div>
  );
}
