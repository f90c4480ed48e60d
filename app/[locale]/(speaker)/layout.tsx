import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { AllMessages } from "@/components/layout/all-messages";
import { routing } from "@/i18n/routing";

/** Its forms get every message (components/layout/all-messages.tsx). */
export default async function FormsLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return <AllMessages locale={locale}>{children}</AllMessages>;
}
