import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Only chooses the locale (an optimistic convenience); nothing here guards data.
export const proxy = createMiddleware(routing);

export const config = {
  // Everything but Next's own assets and files in public/: conference exports such as
  // /{conference}/schedule.ics live under [locale] too, so they must pass through here.
  matcher: ["/((?!api|_next|_vercel|favicon\\.svg).*)"],
};
