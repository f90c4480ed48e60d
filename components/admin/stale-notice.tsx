"use client";

import { useLocale, useTranslations } from "next-intl";
import type { StaleNotice as Notice } from "@/lib/admin/action-result";
import { instantToLocalDate, instantToLocalTime } from "@/lib/time/zoned";

type Names = Record<"forumId" | "roomId" | "trackId", Record<string, string>>;

/** What colleagues changed in a session since this editor opened it: who, when, which fields, before → after. */
export function StaleNotice({ stale, timeZone, names }: { stale: Notice; timeZone: string; names: Names }) {
  const t = useTranslations("sessionsAdmin");
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone });
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (Array.isArray(value)) return value.length ? value.map((v) => show("", v)).join(", ") : "—";
    if ((field === "startsAt" || field === "endsAt") && typeof value === "string")
      return `${instantToLocalDate(new Date(value), timeZone)} ${instantToLocalTime(new Date(value), timeZone)}`;
    if (field === "forumId" || field === "roomId" || field === "trackId")
      return names[field][String(value)] ?? `#${String(value)}`;
    if (field === "kind") return t(`kinds.${String(value)}`);
    if (field === "status") return t(`statuses.${String(value)}`);
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  };
  const label = (field: string) => (t.has(`field.${field}`) ? t(`field.${field}`) : field);
  return (
    <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{t("stale.title")}</p>
      <p className="mt-1">{t("stale.body")}</p>
      <ul className="mt-2 space-y-2">
        {stale.changesSince.map((c, i) => (
          <li key={i}>
            <span className="font-medium">
              {t("stale.entry", { who: c.by ?? t("stale.someone"), when: when.format(new Date(c.at)) })}
            </span>
            <ul className="ml-4 list-disc">
              {Object.entries(c.changes).map(([field, change]) => (
                <li key={field}>
                  {label(field)}: {show(field, change.before)} → {show(field, change.after)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
