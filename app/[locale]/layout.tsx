import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { pickMessages, publicClientNamespaces } from "@/lib/i18n/client-messages";
import { siteUrl } from "@/lib/site-url";
import "../globals.css";

export const metadata: Metadata = {
  // Open Graph and sitemap URLs must be absolute; SITE_URL names the public origin.
  metadataBase: new URL(siteUrl()),
  title: { default: "Podium", template: "%s · Podium" },
  description: "会议与论坛议程 · Conference and forum programmes",
  icons: { icon: "/favicon.svg" },
  openGraph: { siteName: "Podium", type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#3730a3" };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "layout" });
  const messages = pickMessages(await getMessages({ locale }), publicClientNamespaces);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        {/* No first paint before the footer is parsed: a slow phone would otherwise paint a half-parsed header
            or toolbar and move it as the rest arrives (a page comes from the store whole, so this waits little). */}
        <link rel="expect" href="#site-footer" blocking="render" />
        <NextIntlClientProvider messages={messages}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          {/* A grid of many rooms (components/agenda/agenda-grid.tsx, the schedule editor) takes the window's width. */}
          <main
            id="main"
            className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 has-[.agenda-grid-wide]:max-w-none has-[.schedule-editor-wide]:max-w-none"
          >
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
