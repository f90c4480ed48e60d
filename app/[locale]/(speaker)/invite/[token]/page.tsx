import { signOutAction } from "@/app/[locale]/(auth)/signin/actions";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { findInvitationByToken } from "@/db/queries/invitations";
import { Link } from "@/i18n/navigation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { MailedLinkFrame, mailedLinkMetadata, openMailedLink } from "../../mailed-link";
import { acceptInvitationAction } from "./actions";

type Props = PageProps<"/[locale]/invite/[token]">;

export const metadata = mailedLinkMetadata;

export default function InvitePage({ params }: Props) {
  return (
    <MailedLinkFrame>
      <Invitation params={params} />
    </MailedLinkFrame>
  );
}

async function Invitation({ params }: { params: Props["params"] }) {
  const { token, t } = await openMailedLink(params, "invite");
  const viewer = await getViewer();
  const found = findInvitationByToken(getDb(), token);

  if (!found || found.status !== "pending") {
    const state = found?.status ?? "invalid";
    return (
      <Notice title={t(`${state}Title`)} body={t(`${state}Body`)}>
        {state === "accepted" ? (
          <Link
            href={viewer ? "/me" : "/signin?callbackUrl=%2Fme"}
            className="mt-4 inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white"
          >
            {viewer ? t("goToProfile") : t("signIn")}
          </Link>
        ) : null}
      </Notice>
    );
  }

  const { invitation, speaker, hasAccount } = found;
  const sameAccount = viewer && viewer.email.toLowerCase() === invitation.email.toLowerCase();
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-800">{t("intro", { name: speaker.name })}</p>
      <p className="mt-1 text-slate-600">{t("forEmail", { email: invitation.email })}</p>
      {viewer && !sameAccount ? (
        <div className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p>{t("wrongAccount", { invited: invitation.email, current: viewer.email })}</p>
          <form action={signOutAction} className="mt-3">
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5">
              {t("signOut")}
            </button>
          </form>
        </div>
      ) : viewer ? (
        <>
          <p className="mt-6">{t("signedInAs", { email: viewer.email })}</p>
          <AcceptInvitationForm
            token={token}
            action={acceptInvitationAction}
            newAccount={false}
            minPasswordLength={MIN_PASSWORD_LENGTH}
          />
        </>
      ) : hasAccount ? (
        <div className="mt-6">
          <p>{t("hasAccount", { email: invitation.email })}</p>
          <Link
            href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
            className="mt-3 inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white"
          >
            {t("signInToAccept")}
          </Link>
        </div>
      ) : (
        <AcceptInvitationForm
          token={token}
          action={acceptInvitationAction}
          newAccount
          minPasswordLength={MIN_PASSWORD_LENGTH}
        />
      )}
    </div>
  );
}

function Notice({ title, body, children }: { title: string; body: string; children?: React.ReactNode }) {
  return (
    <div role="status">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
      {children}
    </div>
  );
}
