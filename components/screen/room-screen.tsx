import { getTranslations } from "next-intl/server";
import { LiveClock } from "@/components/now/live-clock";
import { QrCode } from "@/components/qr/qr-code";
import type { Locale } from "@/lib/domain/vocabulary";
import { featuredSession, type NowPhase, type RoomNow } from "@/lib/now/now-next";
import { roleLabelKey, type ProgrammeSession, type ProgrammeView, type RoomView } from "@/lib/programme/programme-view";
import { formatClockTime, formatDay, formatShortDay, formatTimeZoneLabel } from "@/lib/time/format";
import { instantToLocalDate } from "@/lib/time/zoned";
import { CancelledBadge, ScreenNextItem, ScreenPeople, screenTime } from "./screen-parts";

interface Props {
  locale: Locale;
  conference: ProgrammeView["conference"];
  room: RoomView;
  /** The room's now and next; undefined when the room holds nothing at all. */
  row: RoomNow<ProgrammeSession> | undefined;
  phase: NowPhase;
  firstStart: Date | null;
  at: Date;
  preview: boolean;
  /** The public origin, for the QR code's absolute address. */
  origin: string;
}

/** A room's screen in one language: the current session and its people, the next two, a QR code and the time. */
export async function RoomScreen({ locale, conference, room, row, phase, firstStart, at, preview, origin }: Props) {
  const t = await getTranslations({ locale, namespace: "screens" });
  const tf = await getTranslations({ locale, namespace: "forum" });
  const timeZone = conference.timeZone;
  const today = instantToLocalDate(at, timeZone);
  const current = row?.now[0];
  const next = row?.next ?? [];
  const featured = row ? featuredSession(row) : null;
  const separator = locale === "zh-CN" ? "、" : ", ";
  const clock = formatClockTime(at, timeZone, locale);
  const idle =
    phase === "before" && firstStart
      ? t("before", { date: formatDay(instantToLocalDate(firstStart, timeZone), locale) })
      : phase === "after"
        ? t("after")
        : t("nothingNow");

  return (
    <div
      lang={locale}
      className="room-screen fixed inset-0 z-50 flex flex-col gap-[2.5vmin] overflow-hidden bg-slate-950 p-[4vmin] text-white"
    >
      <header className="flex shrink-0 items-start justify-between gap-[3vmin] border-b border-white/25 pb-[2vmin]">
        <div className="min-w-0">
          <p className="truncate text-[2.4vmin] text-slate-300">{conference.name}</p>
          <h1 className="truncate text-[6vmin] leading-tight font-bold">{room.name}</h1>
        </div>
        <div className="shrink-0 text-right">
          {preview ? (
            <p className="text-[2vmin] text-amber-200">
              {t("preview", { time: `${formatShortDay(today, locale)} ${clock}` })}
            </p>
          ) : null}
          <LiveClock
            timeZone={timeZone}
            locale={locale}
            initial={{ text: clock, iso: at.toISOString() }}
            fixed={preview}
            className="block text-[7vmin] leading-none font-bold tabular-nums"
          />
          <p className="mt-[0.8vmin] text-[1.8vmin] text-slate-300">{formatTimeZoneLabel(timeZone, at)}</p>
        </div>
      </header>

      <div className="flex min-h-0 flex-1 gap-[4vmin] portrait:flex-col">
        <section
          aria-labelledby={`now-${locale}`}
          className="flex min-h-0 min-w-0 flex-1 flex-col gap-[2vmin] overflow-hidden"
        >
          <h2 id={`now-${locale}`} className="text-[2.8vmin] font-semibold tracking-wide text-amber-300 uppercase">
            {current ? `${t("now")} · ${screenTime(current, today, timeZone, locale)}` : t("now")}
            {current?.cancelled ? <CancelledBadge label={t("cancelled")} /> : null}
          </h2>
          {current ? (
            <>
              <p
                className={`line-clamp-3 text-[6.5vmin] leading-[1.15] font-bold portrait:text-[8vmin] ${current.cancelled ? "line-through" : ""}`}
              >
                {current.title}
              </p>
              <p className="truncate text-[2.6vmin] text-slate-300">{current.forum.name}</p>
              <ScreenPeople
                session={current}
                roleLabel={(p) =>
                  p.role === "speaker" && current.kind !== "keynote" ? null : tf(roleLabelKey(p.role, current.kind))
                }
                more={(count) => t("morePeople", { count })}
              />
              {row && row.now.length > 1 ? (
                <p className="text-[2.6vmin] text-slate-300">{t("moreNow", { count: row.now.length - 1 })}</p>
              ) : null}
            </>
          ) : (
            <>
              <p className="line-clamp-2 text-[6vmin] leading-[1.15] font-bold text-slate-200">{idle}</p>
              {!next.length && row?.last ? (
                <div className="text-[3vmin] text-slate-300">
                  <p className="text-[2.4vmin] uppercase">{t("last")}</p>
                  <p className="line-clamp-2 font-semibold">{row.last.title}</p>
                </div>
              ) : null}
              {!next.length && phase === "during" ? (
                <p className="text-[3vmin] text-slate-300">{t("nothingMore")}</p>
              ) : null}
            </>
          )}
        </section>
        {featured ? (
          <aside className="flex shrink-0 flex-col items-center justify-center gap-[1.5vmin]">
            <QrCode
              value={`${origin}/${conference.slug}/sessions/${featured.guid}`}
              label={t("qrLabel", { title: featured.title })}
              className="h-[30vmin] w-[30vmin] rounded-[1vmin] portrait:h-[42vmin] portrait:w-[42vmin]"
            />
            <p className="max-w-[42vmin] text-center text-[2.2vmin] text-slate-200">{t("scan")}</p>
          </aside>
        ) : null}
      </div>

      {next.length ? (
        <section aria-labelledby={`next-${locale}`} className="shrink-0 border-t border-white/25 pt-[2vmin]">
          <h2 id={`next-${locale}`} className="text-[2.6vmin] font-semibold tracking-wide text-slate-300 uppercase">
            {t("next")}
          </h2>
          <ul className="mt-[1vmin] grid grid-cols-2 gap-[3vmin] portrait:grid-cols-1 portrait:gap-[2vmin]">
            {next.map((session) => (
              <ScreenNextItem
                key={session.guid}
                session={session}
                time={screenTime(session, today, timeZone, locale)}
                cancelled={session.cancelled ? t("cancelled") : null}
                separator={separator}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
