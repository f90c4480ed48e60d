import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ChangeEntry, Placement } from "@/lib/release/changelog-view";
import { formatShortDay, formatTimeRange } from "@/lib/time/format";
import { instantToLocalDate } from "@/lib/time/zoned";

const badge: Record<ChangeEntry["change"], string> = {
  added: "bg-green-100 text-green-900",
  removed: "bg-slate-200 text-slate-800",
  cancelled: "bg-red-100 text-red-900",
  reinstated: "bg-green-100 text-green-900",
  changed: "bg-amber-100 text-amber-900",
};

/** What changed (a badge) and what it is about, linked while it still has a page. */
export function ChangeHeading({
  label,
  badgeClass,
  title,
  href,
}: {
  label: string;
  badgeClass: string;
  title: string;
  href: string | null;
}) {
  return (
    <>
      <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${badgeClass}`}>{label}</span>
      {href ? (
        <Link href={href} className="font-medium hover:underline">
          {title}
        </Link>
      ) : (
        <span className="font-medium">{title}</span>
      )}
    </>
  );
}

/** The changes of one release, session by session; `linkTo` links sessions still in the programme. */
export function ChangeList({
  entries,
  timeZone,
  locale,
  linkTo,
}: {
  entries: ChangeEntry[];
  timeZone: string;
  locale: Locale;
  linkTo?: (guid: string) => string | null;
}) {
  const t = useTranslations("changelog");
  const place = (p: Placement) =>
    `${formatShortDay(instantToLocalDate(p.startsAt, timeZone), locale)} ${formatTimeRange(p.startsAt, p.endsAt, timeZone, locale)}${p.room ? ` · ${p.room}` : ""}`;
  const separator = locale === "zh-CN" ? "、" : ", ";
  return (
    <ul className="divide-y divide-slate-100">
      {entries.map((e) => {
        const href = e.change === "removed" ? null : (linkTo?.(e.guid) ?? null);
        return (
          <li key={e.guid} className="py-2">
            <ChangeHeading label={t(e.change)} badgeClass={badge[e.change]} title={e.title} href={href} />
            <ul className="mt-1 space-y-0.5 pl-1 text-sm text-slate-700">
              {e.moved ? <li>{t("moved", { from: place(e.moved.from), to: place(e.moved.to) })}</li> : null}
              {e.retitled ? <li>{t("retitled", { from: e.retitled.from, to: e.retitled.to })}</li> : null}
              {e.people?.added.length ? <li>{t("peopleAdded", { names: e.people.added.join(separator) })}</li> : null}
              {e.people?.removed.length ? (
                <li>{t("peopleRemoved", { names: e.people.removed.join(separator) })}</li>
              ) : null}
              {e.otherFields.length ? <li>{t("other", { fields: e.otherFields.join(", ") })}</li> : null}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
