import type { ApiPageInfo } from "./schemas";
import { defaultLimit } from "./query";

/** One page of a list, with the address of the next page: the request's own, with offset moved on. */
export function paginate<T>(
  items: readonly T[],
  query: { limit?: number; offset?: number },
  requestUrl: URL,
): { data: T[]; page: ApiPageInfo } {
  const limit = query.limit ?? defaultLimit;
  const offset = query.offset ?? 0;
  const total = items.length;
  let next: string | null = null;
  if (offset + limit < total) {
    const url = new URL(requestUrl);
    url.searchParams.set("offset", String(offset + limit));
    next = url.href;
  }
  return { data: items.slice(offset, offset + limit), page: { limit, offset, total, next } };
}
