import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import { StarButton } from "@/components/session/star-button";
import { Link } from "@/i18n/navigation";
import { blockLines } from "@/lib/agenda/grid-sizes";
import { peopleLine } from "@/lib/agenda/people-line";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession } from "@/lib/programme/programme-view";
import { formatTimeRange } from "@/lib/time/format";

/**
 * One session in the grid. The whole block is its link, named by everything the block shows
 * and what its place in the grid says (time and room), so a screen reader hears what a sighted
 * reader sees. The title wraps to the block's height and shows in full on hover and focus; the
 * look is `.agenda-block` in app/globals.css, written once for the hundreds of blocks of a day.
 */
export function AgendaGridBlock({
  session,
  height,
  continues,
  conference,
  timeZone,
  locale,
}: {
  session: ProgrammeSession;
  /** The block's height in rem (lib/agenda/grid-sizes.ts), to give its title every line that fits. */
  height: number;
  continues: boolean;
  conference: string;
  timeZone: string;
  locale: Locale;
}) {
  const t = useTranslations("agenda");
  const tf = useTranslations("forum");
  const comma = locale === "zh-CN" ? "，" : ", ";
  const people = peopleLine(
    session.people.map((p) => p.name),
    locale,
  );
  const meta = [tf(`kind.${session.kind}`), people].filter(Boolean).join(" · ");
  const where = [
    formatTimeRange(session.startsAt, session.endsAt, timeZone, locale),
    session.room?.name ?? t("noRoom"),
    ...(continues ? [t("continues")] : []),
  ];
  const lines = blockLines(height);
  return (
    <article
      className="agenda-block"
      data-cancelled={session.cancelled ? "" : undefined}
      style={
        {
          "--title-lines": lines.title,
          "--meta-lines": lines.meta,
          ...(session.track ? { borderLeftColor: session.track.color } : {}),
        } as CSSProperties
      }
    >
      <Link href={`/${conference}/sessions/${session.guid}`} title={session.title} className="agenda-block-link">
        <span className="agenda-block-title">
          {session.cancelled ? <span className="agenda-block-cancelled">{tf("cancelled")}</span> : null}
          {session.title}
          {/* Heard, not seen: zero-size inline text in the title's box. An sr-only span is absolutely
              placed, and browsers then name the link "title , time" with a space before the comma. */}
          <span className="agenda-block-where text-[0px]">{comma + where.join(comma) + comma}</span>
        </span>
        <span className="agenda-block-meta">{meta}</span>
      </Link>
      <StarButton conference={conference} guid={session.guid} title={session.title} />
    </article>
  );
}
