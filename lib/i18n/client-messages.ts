// The messages one language holds, by namespace.
type Messages = Record<string, unknown>;

/**
 * The namespaces the public pages' client islands translate with (header, stars, the agenda's
 * now line and group loader, zone toggle, live search, my agenda, offline notice). Only these
 * go into every page's payload; the workspace, sign-in and speaker pages add the rest in their
 * own layouts. All messages would be 70 KB of every public page.
 */
export const publicClientNamespaces = [
  "layout",
  "signIn",
  "star",
  "agenda",
  "zone",
  "search",
  "myAgenda",
  "offline",
] as const;

export function pickMessages<M extends Messages>(messages: M, namespaces: readonly string[]): M {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]])) as M;
}
