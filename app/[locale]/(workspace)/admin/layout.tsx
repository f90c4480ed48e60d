import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { signOutAction } from "@/app/[locale]/(auth)/signin/actions";
import { AdminBar } from "@/components/admin/admin-bar";
import { AllMessages } from "@/components/layout/all-messages";
import { getViewer } from "@/db/auth/current-viewer";
import { routing } from "@/i18n/routing";

// The workspace is private: never indexed, never cached for others.
export const metadata: Metadata = {
  title: { default: "Podium workspace", template: "%s · Podium" },
  robots: { index: false, follow: false },
};

/** Every workspace page under one bar, with every message for its forms; each page still checks the viewer's rights itself. */
export default async function WorkspaceLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return (
    <AllMessages locale={locale}>
      <Suspense fallback={<div className="h-11 rounded-lg bg-slate-100" />}>
        <WorkspaceBar params={params} />
      </Suspense>
      <div className="mt-6">{children}</div>
    </AllMessages>
  );
}

async function WorkspaceBar({ params }: { params: LayoutProps<"/[locale]/admin">["params"] }) {
  const { locale } = await params;
  const viewer = await getViewer();
  // Signed out, the page itself sends the visitor to sign in; the bar has nothing to say.
  if (!hasLocale(routing.locales, locale) || !viewer) return null;
  return <AdminBar viewer={viewer} locale={locale} signOut={signOutAction} />;
}
