"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import type { MailFailure } from "@/lib/mail/send-mail";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export interface OutboxMessageRow {
  id: number;
  speakerName: string;
  toAddress: string | null;
  locale: "zh-CN" | "en";
  version: string;
  status: "waiting" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  subject: string;
  greeting: string;
  body: string;
  ics: string;
}

const badge = {
  waiting: "bg-slate-200 text-slate-800",
  sent: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
} as const;

const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
const SEND_FORM = "outbox-send";

/** Every message with its text and calendar to copy or download; with mail on, checkboxes to send some or all. */
export function OutboxMessages({
  conference,
  rows,
  mail,
  send,
  editGreeting,
}: {
  conference: string;
  rows: OutboxMessageRow[];
  mail: boolean;
  send: Action<{ sent: number; failed: number }>;
  editGreeting: Action;
}) {
  const t = useTranslations("outbox");
  const sending = useActionForm(send);
  const summary = sending.state.status === "saved" ? sending.state.data : undefined;
  return (
    <div className="mt-6">
      {mail ? (
        <form id={SEND_FORM} action={sending.action} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="$conference" value={conference} />
          <SubmitButton
            pending={sending.pending}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900"
          >
            {t("sendSelected")}
          </SubmitButton>
          <SubmitButton
            name="$all"
            value="1"
            pending={sending.pending}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50"
          >
            {t("sendAll")}
          </SubmitButton>
          <p role="status" className="text-sm">
            {sending.message ? (
              <span className="font-medium text-red-800">{sending.message}</span>
            ) : summary ? (
              t("sent", summary)
            ) : null}
          </p>
        </form>
      ) : null}
      <ul className="mt-4 space-y-4">
        {rows.map((m) => (
          <OutboxMessageItem key={m.id} conference={conference} message={m} mail={mail} editGreeting={editGreeting} />
        ))}
      </ul>
    </div>
  );
}

function OutboxMessageItem({
  conference,
  message: m,
  mail,
  editGreeting,
}: {
  conference: string;
  message: OutboxMessageRow;
  mail: boolean;
  editGreeting: Action;
}) {
  const t = useTranslations("outbox");
  const problems = useTranslations("problems");
  const greeting = useActionForm(editGreeting, { greeting: m.greeting });
  const text = `${m.greeting}\n\n${m.body}\n`;
  const file = `${m.version}-${m.speakerName}`.replace(/[^\p{L}\p{N}._-]+/gu, "-");
  const heading = `outbox-${m.id}`;
  return (
    <li>
      <article aria-labelledby={heading} className="rounded-lg border border-slate-200 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {mail && m.status !== "sent" && m.toAddress ? (
            <input
              type="checkbox"
              name="message"
              value={m.id}
              form={SEND_FORM}
              aria-label={t("select")}
              className="size-4"
            />
          ) : null}
          <h2 id={heading} className="font-semibold">
            {m.speakerName}
          </h2>
          <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${badge[m.status]}`}>
            {t(`statuses.${m.status}`)}
          </span>
          {m.attempts ? <span className="text-xs text-slate-600">{t("attempts", { count: m.attempts })}</span> : null}
        </div>
        <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm text-slate-700">
          <dt>{t("to")}</dt>
          <dd className="break-all">{m.toAddress ?? t("noAddress")}</dd>
          <dt>{t("language")}</dt>
          <dd>{m.locale}</dd>
          <dt>{t("release")}</dt>
          <dd>{m.version}</dd>
        </dl>
        {m.status === "failed" && m.lastError ? (
          <p className="mt-1 text-sm text-red-800">
            {t("failedBecause", { reason: problems("mailFailed", { reason: m.lastError as MailFailure }) })}
          </p>
        ) : null}
        <p className="mt-2 text-sm font-medium">{m.subject}</p>
        <form action={greeting.action} className="mt-2 flex flex-wrap items-end gap-2">
          <input type="hidden" name="$conference" value={conference} />
          <input type="hidden" name="$message" value={m.id} />
          <label className="text-sm">
            <span className="block text-slate-700">{t("greetingLabel")}</span>
            <input
              name="greeting"
              defaultValue={greeting.value("greeting")}
              aria-invalid={greeting.error("greeting") ? true : undefined}
              className="mt-1 w-72 rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <SubmitButton
            pending={greeting.pending}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
          >
            {t("saveGreeting")}
          </SubmitButton>
          {greeting.error("greeting") || greeting.message ? (
            <span role="alert" className="text-sm text-red-800">
              {greeting.error("greeting") ?? greeting.message}
            </span>
          ) : null}
        </form>
        <label className="mt-3 block text-sm">
          <span className="text-slate-700">{t("messageText")}</span>
          <textarea
            readOnly
            value={text}
            rows={Math.min(14, text.split("\n").length + 1)}
            className="mt-1 w-full rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-xs"
          />
        </label>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          <a href={dataUrl("text/plain", `${m.subject}\n\n${text}`)} download={`${file}.txt`} className="underline">
            {t("downloadText")}
          </a>
          <a href={dataUrl("text/calendar", m.ics)} download={`${file}.ics`} className="underline">
            {t("downloadIcs")}
          </a>
        </div>
      </article>
    </li>
  );
}
