import { getTranslations } from "next-intl/server";
import { WebhookDeliveries } from "@/components/admin/webhook-deliveries";
import { WebhookEndpointForm } from "@/components/admin/webhook-endpoint-form";
import { WebhookEndpoints } from "@/components/admin/webhook-endpoints";
import { getDb } from "@/db";
import { DELIVERIES_SHOWN, listWebhookDeliveries, listWebhookEndpoints } from "@/db/queries/webhooks";
import { formatTimeZoneLabel } from "@/lib/time/format";
import { loadWorkspace } from "../load-workspace";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  setWebhookEndpointEnabledAction,
} from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/webhooks">;

/** A conference's webhook endpoints and every delivery: organizers and platform admins only (anyone else gets a 404). */
export default async function WebhooksPage({ params }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/webhooks", { organizersOnly: true });
  const t = await getTranslations({ locale, namespace: "webhooks" });
  const db = getDb();
  const endpoints = listWebhookEndpoints(db, viewer, conference.id);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: conference.timeZone,
  });
  const deliveries = listWebhookDeliveries(db, viewer, conference.id).map((d) => ({
    id: d.id,
    messageId: d.messageId,
    event: d.event,
    url: d.url,
    status: d.status,
    created: when.format(d.createdAt),
    nextAttempt: d.status === "pending" ? when.format(d.nextAttemptAt) : null,
    statusCode: d.lastStatusCode,
    durationMs: d.lastDurationMs,
    error: d.lastError,
    attempts: d.attempts,
  }));
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="webhook-endpoints" className="mt-6">
        <h2 id="webhook-endpoints" className="mb-2 text-lg font-semibold">
          {t("endpoints")}
        </h2>
        <WebhookEndpoints
          conference={conference.slug}
          rows={endpoints}
          setEnabled={setWebhookEndpointEnabledAction}
          remove={deleteWebhookEndpointAction}
        />
      </section>
      <section aria-labelledby="new-webhook" className="mt-6 rounded-lg border border-slate-200 p-4">
        <h2 id="new-webhook" className="mb-3 text-lg font-semibold">
          {t("new")}
        </h2>
        <WebhookEndpointForm conference={conference.slug} create={createWebhookEndpointAction} />
      </section>
      <section aria-labelledby="webhook-deliveries" className="mt-8">
        <h2 id="webhook-deliveries" className="text-lg font-semibold">
          {t("deliveries")}
        </h2>
        <p className="mb-2 text-sm text-slate-600">
          {t("deliveriesIntro", {
            count: DELIVERIES_SHOWN,
            zone: formatTimeZoneLabel(conference.timeZone, new Date()),
          })}
        </p>
        <WebhookDeliveries conference={conference.slug} rows={deliveries} redeliver={redeliverWebhookAction} />
      </section>
    </div>
  );
}
