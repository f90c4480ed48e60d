import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { routing } from "@/i18n/routing";

// The token is in the address: never index it, never send it on as a referrer.
export const mailedLinkMetadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A page opened from a mailed link (an invitation, an address to confirm): narrow, its body streamed behind a skeleton. */
export function MailedLinkFrame({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md py-6">
      <Suspense fallback={<PageSkeleton />}>{children}</Suspense>
    </div>
  );
}

/** The link's language (404 for one Podium does not speak) and token, with the words of its page. */
export async function openMailedLink<Namespace extends "invite" | "verifyEmail">(
  params: Promise<{ locale: string; token: string }>,
  namespace: Namespace,
) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { locale, token, t: await getTranslations({ locale, namespace }) };
}
