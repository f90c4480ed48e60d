"use server";

import { refresh } from "next/cache";
import { conferenceAction, idFrom } from "@/app/form-action";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  endpointInput,
  redeliverWebhook,
  setWebhookEndpointEnabled,
} from "@/db/mutations/webhooks";
import type { ActionResult } from "@/lib/admin/action-result";

/** What the organizer copies once: the new endpoint's secret. */
export interface CreatedEndpoint {
  url: string;
  secret: string;
}

/** Registers an endpoint (`url`, a checkbox `event:<name>` per event); answers with its secret, shown once. */
export const createWebhookEndpointAction = conferenceAction(
  ({ ctx, conference, values }) => createWebhookEndpoint(ctx, conference.id, endpointInput(values)),
  ({ endpoint, secret }): ActionResult<CreatedEndpoint> => {
    refresh();
    return { status: "saved", data: { url: endpoint.url, secret } };
  },
);

/** Pauses (`enabled` = "0") or resumes (`enabled` = "1") the endpoint `$endpoint`. */
export const setWebhookEndpointEnabledAction = conferenceAction(
  ({ ctx, conference, formData }) =>
    setWebhookEndpointEnabled(ctx, conference.id, idFrom(formData, "$endpoint") ?? 0, formData.get("enabled") === "1"),
  () => refresh(),
);

export const deleteWebhookEndpointAction = conferenceAction(
  ({ ctx, conference, formData }) => deleteWebhookEndpoint(ctx, conference.id, idFrom(formData, "$endpoint") ?? 0),
  () => refresh(),
);

/** Sends the delivery `$delivery` again, under its webhook-id. */
export const redeliverWebhookAction = conferenceAction(
  ({ ctx, conference, formData }) => redeliverWebhook(ctx, conference.id, idFrom(formData, "$delivery") ?? 0),
  () => refresh(),
);
