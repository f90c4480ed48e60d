import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Pages get the proxy's answer as their route param; anything rendered without it asks the same negotiation.
  const locale = hasLocale(routing.locales, requested) ? requested : await negotiatedLocale();
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});

async function negotiatedLocale() {
  const request = await headers();
  return negotiateLocale(request.get("cookie"), request.get("accept-language"), null);
}
