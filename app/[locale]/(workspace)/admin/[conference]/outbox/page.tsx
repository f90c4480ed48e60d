import { getTranslations } from "next-intl/server";
import { OutboxMessages } from "@/components/admin/outbox-messages";
import { getDb } from "@/db";
import { listOutbox } from "@/db/queries/outbox";
import { mailConfigFromEnv } from "@/lib/mail/mail-config";
import { loadWorkspace } from "../load-workspace";
import { editOutboxGreetingAction, sendOutboxAction } from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/outbox">;

function mailIsOn(): boolean {
  try {
    return mailConfigFromEnv() !== null;
  } catch {
    // Set up wrongly: sending says so; the page still offers every message to copy.
    return true;
  }
}

/** The messages releases wrote to speakers: organizers see all, forum editors their forums' only. */
export default async function OutboxPage({ params }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/outbox");
  const t = await getTranslations({ locale, namespace: "outbox" });
  const rows = listOutbox(getDb(), viewer, conference.id).map((m) => ({
    id: m.id,
    speakerName: m.speakerName,
    toAddress: m.toAddress,
    locale: m.locale,
    version: m.version,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    subject: m.subject,
    greeting: m.greeting,
    body: m.body,
    ics: m.ics,
  }));
  const mail = mailIsOn();
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("pageIntro")}</p>
      {mail ? null : (
        <p role="status" className="mt-4 max-w-3xl rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t("noSmtp")}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("empty")}</p>
      ) : (
        <OutboxMessages
          conference={conference.slug}
          rows={rows}
          mail={mail}
          send={sendOutboxAction}
          editGreeting={editOutboxGreetingAction}
        />
      )}
    </div>
  );
}
