const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_GUIDS = 500;

/** Session guids from a comma-separated query value; malformed entries are dropped, duplicates once, at most MAX_GUIDS. */
export function parseGuidList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  const guids = joined
    .slice(0, MAX_GUIDS * 40)
    .split(",")
    .map((g) => g.trim().toLowerCase())
    .filter((g) => GUID.test(g));
  return [...new Set(guids)].slice(0, MAX_GUIDS);
}
