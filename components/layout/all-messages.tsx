import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/domain/vocabulary";

/**
 * Every message of the language for the client components below: the workspace's, sign-in's
 * and the speakers' forms. The locale layout gives public pages only their islands' own.
 */
export async function AllMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  setRequestLocale(locale);
  return (
    <NextIntlClientProvider locale={locale} messages={await getMessages({ locale })}>
      {children}
    </NextIntlClientProvider>
  );
}
