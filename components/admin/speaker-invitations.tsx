"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Action } from "@/lib/admin/action-result";
import type { InvitationDelivery } from "@/lib/invitations/delivery";
import type { InvitationStatus } from "@/lib/invitations/token";
import { ButtonForm } from "@/components/ui/button-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ConfirmButton } from "./confirm-button";
import { FormField } from "./form-field";

type InvitationAction = Action<InvitationDelivery>;

export interface InvitationListRow {
  id: number;
  email: string;
  status: InvitationStatus;
  /** Already formatted in the conference's zone. */
  created: string;
  expires: string;
  sent: string | null;
  accepted: string | null;
}

interface Props {
  /** The conference's slug: every form names the conference it acts in. */
  conference: string;
  speaker: { id: number; name: string };
  /** The email of the account that already maintains the profile, if any. */
  account: string | null;
  rows: InvitationListRow[];
  zoneLabel: string;
  create: InvitationAction;
  resend: InvitationAction;
  revoke: InvitationAction;
  unlink: InvitationAction;
}

const statusStyle: Record<InvitationStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  accepted: "bg-green-100 text-green-900",
  expired: "bg-slate-200 text-slate-800",
  revoked: "bg-red-100 text-red-900",
};

/** Invite a person to maintain this speaker profile themselves: the link to copy, the emails sent, and every invitation's state. */
export function SpeakerInvitations({
  conference,
  speaker,
  account,
  rows,
  zoneLabel,
  create,
  resend,
  revoke,
  unlink,
}: Props) {
  const t = useTranslations("invitations");
  const created = useActionForm(create);
  const resent = useActionForm(resend);
  const revoked = useActionForm(revoke);
  const unlinked = useActionForm(unlink);
  // The newest link wins: a resend after a create shows the resent one.
  const [latest, setLatest] = useState<"create" | "resend">("create");
  const shown = (latest === "resend" ? resent : created).state;

  return (
    <section aria-labelledby="speaker-invitations" className="mb-6 rounded-lg border border-slate-200 p-4 text-sm">
      <h2 id="speaker-invitations" className="font-semibold">
        {t("title")}
      </h2>
      {account ? (
        <form action={unlinked.action} className="mt-1 flex flex-wrap items-center gap-3">
          <input type="hidden" name="$speaker" value={speaker.id} />
          <input type="hidden" name="$conference" value={conference} />
          <p className="text-slate-700">{t("linked", { email: account })}</p>
          <ConfirmButton
            confirm={t("unlinkConfirm", { email: account, name: speaker.name })}
            disabled={unlinked.pending}
            className="rounded-md border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50"
          >
            {t("unlink")}
          </ConfirmButton>
        </form>
      ) : (
        <>
          <p className="mt-1 text-slate-700">{t("intro", { name: speaker.name })}</p>
          <form
            action={created.action}
            onSubmit={() => setLatest("create")}
            className="mt-3 flex flex-wrap items-end gap-3"
            noValidate
          >
            <input type="hidden" name="$speaker" value={speaker.id} />
            <input type="hidden" name="$conference" value={conference} />
            <div className="min-w-64 flex-1">
              <FormField
                label={t("email")}
                name="email"
                type="email"
                autoComplete="off"
                required
                defaultValue={created.state.status === "error" ? created.value("email") : ""}
                error={created.error("email")}
              />
            </div>
            <SubmitButton pending={created.pending}>{t("create")}</SubmitButton>
          </form>
          {created.message && !created.error("email") ? (
            <p role="alert" className="mt-2 font-medium text-red-800">
              {created.message}
            </p>
          ) : null}
        </>
      )}
      {shown.status === "saved" && shown.data?.link ? <CopyLink sent={shown.data} /> : null}
      {[resent, revoked, unlinked].map((s, i) =>
        s.message ? (
          <p key={i} role="alert" className="mt-2 font-medium text-red-800">
            {s.message}
          </p>
        ) : null,
      )}
      {rows.length > 0 ? (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t("listCaption")}</caption>
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                {[t("email"), t("status"), t("dates", { zone: zoneLabel })].map((label) => (
                  <th key={label} scope="col" className="py-1.5 pr-3">
                    {label}
                  </th>
                ))}
                <th scope="col" className="py-1.5">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="py-1.5 pr-3 break-all">{r.email}</td>
                  <td className="py-1.5 pr-3">
                    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusStyle[r.status]}`}>
                      {t(`statuses.${r.status}`)}
                    </span>
                  </td>
                  <td className="py-1.5 pr-3 text-slate-700">
                    {t("createdOn", { date: r.created })}
                    {r.status === "accepted" && r.accepted ? (
                      <span className="block">{t("acceptedOn", { date: r.accepted })}</span>
                    ) : null}
                    {r.status === "pending" || r.status === "expired" ? (
                      <span className="block">
                        {t(r.status === "pending" ? "expiresOn" : "expiredOn", { date: r.expires })}
                      </span>
                    ) : null}
                    {r.sent ? <span className="block">{t("sentOn", { date: r.sent })}</span> : null}
                  </td>
                  <td className="py-1.5">
                    <div className="flex flex-wrap gap-2">
                      {(r.status === "pending" || r.status === "expired") && !account ? (
                        <ButtonForm
                          action={resent.action}
                          onSubmit={() => setLatest("resend")}
                          fields={{ $invitation: r.id, $conference: conference }}
                          pending={resent.pending}
                          className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-50"
                          aria-label={t("resendFor", { email: r.email })}
                        >
                          {t("resend")}
                        </ButtonForm>
                      ) : null}
                      {r.status === "pending" ? (
                        <ButtonForm
                          action={revoked.action}
                          fields={{ $invitation: r.id, $conference: conference }}
                          pending={revoked.pending}
                          className="rounded-md border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50"
                          aria-label={t("revokeFor", { email: r.email })}
                        >
                          {t("revoke")}
                        </ButtonForm>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** The link, shown once: only its hash is kept, so it cannot be shown again later (resend makes a new one). */
function CopyLink({ sent }: { sent: InvitationDelivery }) {
  const t = useTranslations("invitations");
  const say = useTranslations("problems");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sent.link!);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure origin, permissions): the field is selectable by hand.
      setCopied(false);
    }
  };
  return (
    <div role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 p-3">
      <p className="font-medium text-green-900">{t("createdFor", { email: sent.email ?? "" })}</p>
      <label htmlFor="invitation-link" className="mt-2 block text-slate-800">
        {t("linkLabel")}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="invitation-link"
          readOnly
          value={sent.link}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-72 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
      <p className="mt-2 text-slate-700">
        {sent.mail === "sent"
          ? t("mailSent", { email: sent.email ?? "" })
          : sent.mail === "failed" && sent.mailProblem
            ? say(sent.mailProblem.code, sent.mailProblem.values)
            : t("mailOff")}
      </p>
    </div>
  );
}
