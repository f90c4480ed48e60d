export const DEFAULT_SIGNED_IN_PATH = "/admin";

/**
 * The path to go to after signing in: only a same-origin relative path
 * (`/admin/...`), never `//host`, `/\host`, a scheme or anything odd, so the
 * sign-in page cannot be used to send people to another site.
 */
export function safeRedirectPath(value: unknown, fallback = DEFAULT_SIGNED_IN_PATH): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\s]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://podium.invalid");
    if (url.origin !== "http://podium.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
