import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { routing } from "@/i18n/routing";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { signInErrorFromQuery } from "@/lib/auth/sign-in-state";
import { signInAction } from "./actions";

type Props = PageProps<"/[locale]/signin">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return (
    <div className="mx-auto max-w-sm py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      {/* The query (where to go next, an error from Auth.js) is known only at request time. */}
      <Suspense fallback={<p className="mt-6 text-slate-500">{t("loading")}</p>}>
        <SignInFormForQuery searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function SignInFormForQuery({ searchParams }: Pick<Props, "searchParams">) {
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return (
    <SignInForm
      action={signInAction}
      redirectTo={safeRedirectPath(first(query.callbackUrl))}
      initialError={signInErrorFromQuery(first(query.error), first(query.code))}
    />
  );
}
