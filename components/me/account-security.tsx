import { getTranslations } from "next-intl/server";
import type { Action } from "@/lib/admin/action-result";
import type { ConfirmationSent } from "@/lib/auth/account-form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ChangePasswordForm, SendVerificationForm, SignOutEverywhereForm } from "./account-security-forms";
import { PageSection } from "@/components/ui/section";

/** The actions of the account's forms, handed down by the page (a component imports no action). */
export interface AccountActions {
  changePassword: Action;
  sendEmailVerification: Action<ConfirmationSent>;
  signOutEverywhere: Action;
}

/** The account, apart from any speaker profile: whether its address is confirmed, its password, its sign-ins. */
export async function AccountSecurity({
  locale,
  email,
  emailVerifiedAt,
  actions,
}: {
  locale: string;
  email: string;
  emailVerifiedAt: Date | null;
  actions: AccountActions;
}) {
  const t = await getTranslations({ locale, namespace: "account" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <PageSection id="my-account" title={t("title")} className="mt-10 space-y-8">
      <div>
        <h3 className="font-semibold">{t("emailTitle")}</h3>
        <p className="mt-1 text-slate-800">
          {email}{" "}
          {emailVerifiedAt ? (
            <span className="ml-1 rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">
              {t("verifiedOn", { date: day.format(emailVerifiedAt) })}
            </span>
          ) : (
            <span className="ml-1 rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">{t("unverified")}</span>
          )}
        </p>
        {emailVerifiedAt ? null : (
          <>
            <p className="mt-1 text-sm text-slate-600">{t("unverifiedHint")}</p>
            <SendVerificationForm action={actions.sendEmailVerification} />
          </>
        )}
      </div>
      <div>
        <h3 className="mb-3 font-semibold">{t("passwordTitle")}</h3>
        <ChangePasswordForm action={actions.changePassword} minPasswordLength={MIN_PASSWORD_LENGTH} />
      </div>
      <div>
        <h3 className="font-semibold">{t("signInsTitle")}</h3>
        <p className="mt-1 mb-3 text-sm text-slate-600">{t("signInsHint")}</p>
        <SignOutEverywhereForm action={actions.signOutEverywhere} />
      </div>
    </PageSection>
  );
}
