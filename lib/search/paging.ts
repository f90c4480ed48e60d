/** The page a `?page=` value asks for: a whole number from 1, anything else the first page. */
export function parseSearchPage(value: unknown): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || !/^[1-9]\d{0,5}$/.test(raw)) return 1;
  return Number(raw);
}

/** The address of a page of results; the first page has no `page`, so it has one address. */
export function searchPageHref(conference: string, query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/${conference}/search?${params}`;
}

/**
 * The pages a pager links to: all of them when there are few, else the first,
 * the last and the current one with its neighbours, null standing for a gap.
 */
export function pagerPages(page: number, pages: number): Array<number | null> {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((p, i) => (i > 0 && p - shown[i - 1]! > 1 ? [null, p] : [p]));
}
