import { conditionalResponse } from "@/lib/serving/etag";

/** The most sessions one agenda link may name; a programme has a few hundred at most. */
export const maxSelection = 500;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The session guids of `?sessions=a,b` (the parameter may repeat): well-formed ones only, lower-cased, each once, at most `maxSelection`. */
export function parseSessionSelection(searchParams: URLSearchParams): string[] {
  const guids = new Set<string>();
  for (const value of searchParams.getAll("sessions")) {
    for (const raw of value.split(",")) {
      const guid = raw.trim().toLowerCase();
      if (GUID.test(guid)) guids.add(guid);
      if (guids.size === maxSelection) return [...guids];
    }
  }
  return [...guids];
}

/** The absolute address of a session's public page, for the URL of its event. */
export function sessionPageUrl(origin: string, conference: string): (guid: string) => string {
  return (guid) => `${origin}/${conference}/sessions/${guid}`;
}

/** RFC 6266: an ASCII `filename` for old clients and the real name, UTF-8 encoded, in `filename*`. */
export function contentDisposition(asciiFallback: string, name: string): string {
  const ascii = asciiFallback.replace(/[^A-Za-z0-9._-]+/g, "-");
  const cleaned = Array.from(
    name
      .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
    .slice(0, 120)
    .join("");
  // encodeURIComponent leaves ' ( ) * bare, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(cleaned).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded || encodeURIComponent(ascii)}`;
}

interface CalendarResponseOptions {
  /** Of everything the bytes depend on, the conference's revision first (lib/serving/etag.ts). */
  etag: string;
  /** The ASCII fallback and the real file name, both ending in `.ics`. */
  filename: { ascii: string; name: string };
  /** Builds the file; not called when the client's copy is current. */
  body: () => string;
}

/** The calendar file, or 304 when the client already holds these bytes. */
export function calendarResponse(request: Request, { etag, filename, body }: CalendarResponseOptions): Response {
  return conditionalResponse(request, {
    etag,
    // The proxy picks the locale from the cookie or Accept-Language, and the URL does not show it.
    headers: { "Cache-Control": "public, max-age=300", Vary: "Accept-Language, Cookie" },
    bodyHeaders: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition(filename.ascii, filename.name),
    },
    body,
  });
}

export function calendarNotFound(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
