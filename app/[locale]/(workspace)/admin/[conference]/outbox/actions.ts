"use server";

import { refresh } from "next/cache";
import { conferenceAction, idFrom } from "@/app/form-action";
import { editOutboxGreeting } from "@/db/mutations/outbox";
import { refuse } from "@/db/mutations/pipeline";
import { deliverOutbox } from "@/db/outbox/send";
import { listOutbox } from "@/db/queries/outbox";
import type { ActionResult } from "@/lib/admin/action-result";
import { mailConfigFromEnv, type MailConfig } from "@/lib/mail/mail-config";
import { createMailer } from "@/lib/mail/send-mail";

/** How many went out and how many failed, for the page to say. */
export interface SendSummary {
  sent: number;
  failed: number;
}

/** Changes the greeting of the message `$message`. */
export const editOutboxGreetingAction = conferenceAction(
  ({ ctx, conference, formData, values }) =>
    editOutboxGreeting(ctx, conference.id, idFrom(formData, "$message") ?? 0, { greeting: values.greeting }),
  () => refresh(),
);

function mailConfig(): MailConfig | "off" | "broken" {
  try {
    return mailConfigFromEnv() ?? "off";
  } catch (error) {
    console.error(`[mail] ${(error as Error).message}`);
    return "broken";
  }
}

/** Sends the checked messages (`message`, repeated), or every one not yet sent when `$all` is posted. */
export const sendOutboxAction = conferenceAction(
  async ({ ctx, conference, formData }) => {
    const config = mailConfig();
    if (config === "off") return refuse.because("mailNotConfigured");
    if (config === "broken") return refuse.because("mailMisconfigured");
    const ids =
      formData.get("$all") === "1"
        ? listOutbox(ctx.db, ctx.viewer, conference.id)
            .filter((m) => m.status !== "sent")
            .map((m) => m.id)
        : formData.getAll("message").map(Number).filter(Number.isInteger);
    return deliverOutbox(ctx, conference.id, ids, { mailer: createMailer(config), from: config.from });
  },
  (summary): ActionResult<SendSummary> => {
    refresh();
    return { status: "saved", data: summary };
  },
);
