import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import type { Locale } from "@/lib/domain/vocabulary";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

/** Renders a component with the app's real messages for a locale. */
export function renderWithIntl(ui: ReactElement, locale: Locale = "zh-CN") {
  return render(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  );
}
