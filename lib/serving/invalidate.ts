// The custom server keeps rendered public pages; server actions that change what
// the public sees tell it here, in the same process, right after `updateTag`.
// (Next.js bundles app code apart from the server's modules: a global symbol is
// what both see.)

type Invalidate = (conference?: string) => void;
const hook = Symbol.for("podium.public-pages.invalidate");
type WithHook = typeof globalThis & { [hook]?: Invalidate };

/** Drops the rendered pages of a conference, or of every conference. A no-op without the custom server. */
export function invalidatePublicPages(conference?: string): void {
  (globalThis as WithHook)[hook]?.(conference);
}

export function onPublicPagesInvalidated(invalidate: Invalidate): void {
  (globalThis as WithHook)[hook] = invalidate;
}
