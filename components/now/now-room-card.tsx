import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/domain/vocabulary";
import type { RoomNow } from "@/lib/now/now-next";
import type { ProgrammeSession } from "@/lib/programme/programme-view";
import { NowSessionLine } from "./now-session-line";

/** A room on the now page: what is on in it, and the one session after (or, once over, its last). */
export function NowRoomCard({
  row,
  during,
  conference,
  today,
  timeZone,
  locale,
}: {
  row: RoomNow<ProgrammeSession>;
  /** Before the conference "nothing on" goes without saying: only what comes first is shown. */
  during: boolean;
  conference: string;
  today: string;
  timeZone: string;
  locale: Locale;
}) {
  const t = useTranslations("now");
  const line = (session: ProgrammeSession) => (
    <NowSessionLine
      key={session.guid}
      session={session}
      conference={conference}
      today={today}
      timeZone={timeZone}
      locale={locale}
    />
  );
  const next = row.next[0];
  const label = "text-xs font-semibold uppercase tracking-wide";
  return (
    <article className="flex h-full flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <h3 className="text-lg font-semibold">{row.room?.name ?? t("noRoom")}</h3>
      {row.now.length || next ? (
        <>
          {during ? (
            <div>
              <p className={`${label} text-red-700`}>{t("now")}</p>
              {row.now.length ? (
                <div className="mt-1 space-y-2">{row.now.map(line)}</div>
              ) : (
                <p className="mt-1 text-sm text-slate-600">{t("nothingNow")}</p>
              )}
            </div>
          ) : null}
          {next ? (
            <div className={during ? "border-t border-slate-100 pt-3" : ""}>
              <p className={`${label} text-slate-600`}>{t("next")}</p>
              <div className="mt-1">{line(next)}</div>
            </div>
          ) : null}
        </>
      ) : row.last ? (
        <div>
          <p className={`${label} text-slate-600`}>{t("last")}</p>
          <div className="mt-1">{line(row.last)}</div>
        </div>
      ) : null}
    </article>
  );
}
