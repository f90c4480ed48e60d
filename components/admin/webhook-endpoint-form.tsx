"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { webhookEvents, type WebhookEvent } from "@/lib/webhooks/events";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormField } from "./form-field";

// Message keys cannot hold the dot of an event's name.
const eventKey = {
  "release.published": "releasePublished",
  "speaker.updated": "speakerUpdated",
} as const satisfies Record<WebhookEvent, string>;

/** Registers an endpoint: its URL and events (all unless unticked); the secret is shown here once, after saving. */
export function WebhookEndpointForm({
  conference,
  create,
}: {
  conference: string;
  create: Action<{ url: string; secret: string }>;
}) {
  const t = useTranslations("webhooks");
  const form = useActionForm(create);
  const refused = form.state.status === "error";
  const created = form.state.status === "saved" ? form.state.data : undefined;
  return (
    <div className="space-y-4">
      <form action={form.action} className="grid gap-3" noValidate>
        <input type="hidden" name="$conference" value={conference} />
        <FormField
          label={t("url")}
          {...form.field("url")}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://example.org/podium-hook"
          hint={t("urlHint")}
          required
        />
        <fieldset aria-describedby={form.error("events") ? "field-events-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("events")}</legend>
          {webhookEvents.map((event) => (
            <label key={event} className="mt-1 flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={`event:${event}`}
                defaultChecked={refused ? form.state.values?.[`event:${event}`] === "on" : true}
              />
              {t(`eventNames.${eventKey[event]}`)}
            </label>
          ))}
          {form.error("events") ? (
            <p id="field-events-error" className="mt-1 text-sm font-medium text-red-800">
              {form.error("events")}
            </p>
          ) : null}
        </fieldset>
        <FormFooter pending={form.pending} message={form.message} label={t("create")} />
      </form>
      {created ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p className="font-medium text-green-900">{t("secretTitle", { url: created.url })}</p>
          <p className="mt-1 text-slate-700">{t("secretOnce")}</p>
          <input
            readOnly
            aria-label={t("secretTitle", { url: created.url })}
            value={created.secret}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
          />
        </div>
      ) : null}
    </div>
  );
}
