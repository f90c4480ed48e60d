import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditRow } from "@/db/queries/audit-log";
import { changeSentences, detailSentences, entrySentence, type AuditNames, type Say } from "@/lib/audit/describe-entry";
import type { Locale } from "@/lib/domain/vocabulary";
import { formatTimeZoneLabel } from "@/lib/time/format";

/**
 * The log's entries, each a sentence with one line per changed field, in a region that scrolls
 * sideways on a narrow screen; it takes focus, so a keyboard can scroll it too.
 */
export async function AuditLogTable({
  rows,
  names,
  locale,
  timeZone,
  zoneAt,
  sessionHref,
}: {
  rows: AuditRow[];
  names: AuditNames;
  locale: Locale;
  timeZone: string;
  /** An instant of the conference, for the zone's label (its offset then). */
  zoneAt: Date;
  sessionHref: (sessionId: string) => string;
}) {
  const say = (await getTranslations({ locale })) as unknown as Say;
  const t = await getTranslations({ locale, namespace: "auditLog" });
  const ctx = { say, names, timeZone, separator: t("separator") };
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <div
      role="region"
      aria-label={t("entries")}
      tabIndex={0}
      className="mt-4 overflow-x-auto focus:outline-2 focus:outline-brand-700"
    >
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <th scope="col" className="w-1 py-2 pr-6 whitespace-nowrap">
              {t("when", { zone: formatTimeZoneLabel(timeZone, zoneAt) })}
            </th>
            <th scope="col" className="py-2">
              {t("what")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((r) => {
            const lines = [...changeSentences(ctx, r), ...detailSentences(ctx, r)];
            return (
              <tr key={r.id}>
                <td className="py-2 pr-6 whitespace-nowrap tabular-nums">
                  <time dateTime={r.at.toISOString()}>{when.format(r.at)}</time>
                </td>
                <td className="py-2">
                  <p className="font-medium text-slate-900">
                    {r.entityType === "session" ? (
                      <Link href={sessionHref(r.entityId)} className="hover:underline">
                        {entrySentence(say, r, r.by ?? t("system"), names)}
                      </Link>
                    ) : (
                      entrySentence(say, r, r.by ?? t("system"), names)
                    )}
                  </p>
                  {lines.length ? (
                    <ul className="mt-1 space-y-0.5 text-slate-700">
                      {lines.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
