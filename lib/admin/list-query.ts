/** A workspace list's state in the query string: search text, sort column and direction, page. */
export interface ListQuery<Sort extends string> {
  q: string;
  sort: Sort;
  dir: "asc" | "desc";
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads a list query, falling back to defaults for anything unknown or malformed. */
export function parseListQuery<Sort extends string>(
  params: RawParams,
  sorts: readonly Sort[],
  defaultSort: Sort,
): ListQuery<Sort> {
  const q = (first(params.q) ?? "").trim().slice(0, 100);
  const sort = sorts.find((s) => s === first(params.sort)) ?? defaultSort;
  const dir = first(params.dir) === "desc" ? "desc" : "asc";
  const page = Math.min(10_000, Math.max(1, Number.parseInt(first(params.page) ?? "1", 10) || 1));
  return { q, sort, dir, page };
}

/** The query string for a list state with some parts changed; defaults are left out. */
export function listSearch<Sort extends string>(
  query: ListQuery<Sort>,
  changes: Partial<ListQuery<Sort>> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  params.set("sort", next.sort);
  if (next.dir === "desc") params.set("dir", "desc");
  if (next.page > 1) params.set("page", String(next.page));
  return `?${params.toString()}`;
}

/** Case-insensitive match of the search text in any of the given fields (Chinese included). */
export function matchesSearch(q: string, ...fields: Array<string | null | undefined>): boolean {
  if (!q) return true;
  const needle = q.toLocaleLowerCase();
  return fields.some((f) => f?.toLocaleLowerCase().includes(needle));
}

/** Sorts, then cuts one page out; returns the page and the number of pages. */
export function paginate<T>(
  items: T[],
  query: ListQuery<string>,
  compare: (a: T, b: T) => number,
  pageSize = 25,
): { items: T[]; pages: number; page: number; total: number } {
  const sorted = [...items].sort((a, b) => (query.dir === "desc" ? -compare(a, b) : compare(a, b)));
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(query.page, pages);
  return { items: sorted.slice((page - 1) * pageSize, page * pageSize), pages, page, total: sorted.length };
}
