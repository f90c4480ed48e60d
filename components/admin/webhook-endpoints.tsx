"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import type { WebhookEvent } from "@/lib/webhooks/events";
import { DeleteForm } from "@/components/ui/delete-form";
import { ButtonForm } from "@/components/ui/button-form";
import { useActionForm } from "@/components/ui/use-action-form";

export interface EndpointRow {
  id: number;
  url: string;
  events: WebhookEvent[];
  enabled: boolean;
  counts: { pending: number; delivered: number; failed: number };
}

/** The conference's endpoints: what each listens to, how its deliveries went, pause or resume, delete. */
export function WebhookEndpoints({
  conference,
  rows,
  setEnabled,
  remove,
}: {
  conference: string;
  rows: EndpointRow[];
  setEnabled: Action;
  remove: Action;
}) {
  const t = useTranslations("webhooks");
  const toggled = useActionForm(setEnabled);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noEndpoints")}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {rows.map((e) => (
        <li key={e.id} className="py-3">
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all">{e.url}</code>
            <span
              className={`rounded px-1.5 py-0.5 text-xs font-medium ${e.enabled ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}
            >
              {e.enabled ? t("enabled") : t("disabled")}
            </span>
          </div>
          <p className="mt-1 text-slate-700">
            {e.events.join(", ")} ·{" "}
            {(["delivered", "pending", "failed"] as const)
              .map((s) => `${t(`statuses.${s}`)} ${e.counts[s]}`)
              .join(" · ")}
          </p>
          <div className="mt-2 flex flex-wrap items-start gap-3">
            <ButtonForm
              action={toggled.action}
              fields={{ $conference: conference, $endpoint: e.id, enabled: e.enabled ? "0" : "1" }}
              pending={toggled.pending}
              className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50"
            >
              {e.enabled ? t("disable") : t("enable")}
            </ButtonForm>
            <DeleteForm
              action={remove}
              hidden={{ $conference: conference, $endpoint: e.id }}
              confirm={t("deleteConfirm", { url: e.url })}
            />
          </div>
        </li>
      ))}
      {toggled.message ? (
        <li role="alert" className="py-2 font-medium text-red-800">
          {toggled.message}
        </li>
      ) : null}
    </ul>
  );
}
