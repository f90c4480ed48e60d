"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import type { WebhookEvent } from "@/lib/webhooks/events";
import { ButtonForm } from "@/components/ui/button-form";
import { useActionForm } from "@/components/ui/use-action-form";

export interface DeliveryRow {
  id: number;
  messageId: string;
  event: WebhookEvent;
  url: string;
  status: "pending" | "delivered" | "failed";
  /** Already formatted in the conference's zone. */
  created: string;
  nextAttempt: string | null;
  statusCode: number | null;
  durationMs: number | null;
  error: string | null;
  attempts: number;
}

const statusStyle = {
  pending: "bg-amber-100 text-amber-900",
  delivered: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
} as const;

/** Every delivery, newest first: when, what, to where, how the last attempt went, and a redeliver button. */
export function WebhookDeliveries({
  conference,
  rows,
  redeliver,
}: {
  conference: string;
  rows: DeliveryRow[];
  redeliver: Action;
}) {
  const t = useTranslations("webhooks");
  const sent = useActionForm(redeliver);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noDeliveries")}</p>;
  return (
    <div className="overflow-x-auto">
      {sent.message ? (
        <p role="alert" className="mb-2 text-sm font-medium text-red-800">
          {sent.message}
        </p>
      ) : sent.state.status === "saved" ? (
        <p role="status" className="mb-2 text-sm font-medium text-green-900">
          {t("redelivered")}
        </p>
      ) : null}
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            {(["time", "event", "endpoint", "status", "statusCode", "duration", "attempts"] as const).map((h) => (
              <th key={h} scope="col" className="py-1.5 pr-3">
                {t(h)}
              </th>
            ))}
            <th scope="col" className="py-1.5">
              <span className="sr-only">{t("redeliver")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((d) => (
            <tr key={d.id}>
              <td className="py-1.5 pr-3 whitespace-nowrap">{d.created}</td>
              <td className="py-1.5 pr-3">
                <code>{d.event}</code>
                <span className="block text-xs text-slate-500">{d.messageId}</span>
              </td>
              <td className="max-w-56 py-1.5 pr-3 break-all">{d.url}</td>
              <td className="py-1.5 pr-3">
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusStyle[d.status]}`}>
                  {t(`statuses.${d.status}`)}
                </span>
                {d.status === "pending" && d.nextAttempt ? (
                  <span className="block text-xs text-slate-600">{t("nextAttempt", { time: d.nextAttempt })}</span>
                ) : null}
              </td>
              <td className="py-1.5 pr-3">
                {d.statusCode ?? (d.attempts > 0 ? t("noAnswer") : "–")}
                {d.error ? <span className="block max-w-56 text-xs break-words text-slate-600">{d.error}</span> : null}
              </td>
              <td className="py-1.5 pr-3 tabular-nums">
                {d.durationMs === null ? "–" : t("milliseconds", { ms: d.durationMs })}
              </td>
              <td className="py-1.5 pr-3 tabular-nums">{d.attempts}</td>
              <td className="py-1.5">
                <ButtonForm
                  action={sent.action}
                  fields={{ $conference: conference, $delivery: d.id }}
                  pending={sent.pending}
                  aria-label={t("redeliverFor", { id: d.messageId })}
                  className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-50"
                >
                  {t("redeliver")}
                </ButtonForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
