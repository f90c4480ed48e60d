import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { getDb } from "@/db";
import { inspectEmailVerification } from "@/db/queries/email-verification";
import { Link } from "@/i18n/navigation";
import { MailedLinkFrame, mailedLinkMetadata, openMailedLink } from "../../mailed-link";
import { confirmEmailAction } from "./actions";

type Props = PageProps<"/[locale]/verify-email/[token]">;

export const metadata = mailedLinkMetadata;

export default function VerifyEmailPage({ params }: Props) {
  return (
    <MailedLinkFrame>
      <VerifyEmail params={params} />
    </MailedLinkFrame>
  );
}

// Opening the link changes nothing (mail scanners open links too): the button confirms.
async function VerifyEmail({ params }: { params: Props["params"] }) {
  const { token, t } = await openMailedLink(params, "verifyEmail");
  const found = inspectEmailVerification(getDb(), token);
  if (found.state !== "valid") {
    return (
      <div>
        <h1 className="text-2xl font-bold">{t(`${found.state}Title`)}</h1>
        <p className="mt-3 text-slate-700">{t(`${found.state}Body`)}</p>
        <Link href="/me" className="mt-4 inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white">
          {t("toMe")}
        </Link>
      </div>
    );
  }
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-800">{t("intro", { email: found.email })}</p>
      <ConfirmEmailForm token={token} action={confirmEmailAction} />
    </div>
  );
}
