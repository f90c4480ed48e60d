import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { inspectEmailVerification } from "@/db/queries/email-verification";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { confirmEmailAction } from "./actions";

type Props = PageProps<"/[locale]/verify-email/[token]">;

// The token is in the address: never index it, never send it on as a referrer.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

export default function VerifyEmailPage({ params }: Props) {
  return (
    <div className="mx-auto max-w-md py-6">
      <Suspense fallback={<PageSkeleton />}>
        <VerifyEmail params={params} />
      </Suspense>
    </div>
  );
}

// Opening the link changes nothing (mail scanners open links too): the button confirms.
async function VerifyEmail({ params }: { params: Props["params"] }) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "verifyEmail" });
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
