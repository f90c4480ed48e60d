// Apart from the negotiation so that client islands (the locale switcher) can name the
// cookie without bundling the Accept-Language parser.

/** The cookie the locale switcher writes. */
export const LOCALE_COOKIE_NAME = "NEXT_LOCALE";
