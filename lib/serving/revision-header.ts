// The proxy reads a conference's revision for its 404 check and hands it to the page
// in a request header, so a render costs one revision query, not two. The proxy sets
// or deletes the header on every request it sees, so a visitor cannot choose it; and
// the revision is only a cache key: data are always read by slug, published only.

export const REVISION_HEADER = "x-podium-revision";

/** The header's value: the conference and its revision, one space apart (neither holds one). */
export function revisionHeader(conference: string, revision: string): string {
  return `${conference} ${revision}`;
}

/** The revision the proxy handed on for this conference, or null when it handed none (or another's). */
export function handedRevision(
  headers: { get(name: string): string | null } | undefined,
  conference: string,
): string | null {
  const value = headers?.get(REVISION_HEADER);
  if (!value) return null;
  const at = value.indexOf(" ");
  return at > 0 && value.slice(0, at) === conference && at < value.length - 1 ? value.slice(at + 1) : null;
}
