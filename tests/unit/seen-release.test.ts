import { describe, expect, it } from "vitest";
import type { AgendaRelease } from "@/lib/release/agenda-changes";
import { readSeenRelease, unseenChanges, writeSeenRelease } from "@/lib/stars/seen-release";

const change = (guid: string) => ({ guid, title: guid, removed: false, kind: "Changed", lines: [] });
// Newest first, as the page hands them over.
const releases: AgendaRelease[] = [
  { version: "v4", changes: [change("b")] },
  { version: "v3", changes: [] },
  { version: "v2", changes: [change("a")] },
  { version: "v1", changes: [] },
];

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("changes a browser has not seen", () => {
  it("are those of the releases after the one seen that touched a starred session", () => {
    expect(unseenChanges(releases, "v1").map((r) => r.version)).toEqual(["v4", "v2"]);
    expect(unseenChanges(releases, "v2").map((r) => r.version)).toEqual(["v4"]);
    expect(unseenChanges(releases, "v3").map((r) => r.version)).toEqual(["v4"]);
  });

  it("are none on the latest release, on a first visit, or when the seen release is gone", () => {
    expect(unseenChanges(releases, "v4")).toEqual([]);
    expect(unseenChanges(releases, null)).toEqual([]);
    expect(unseenChanges(releases, "v0-deleted")).toEqual([]);
  });

  it("are remembered per conference", () => {
    const storage = memoryStorage();
    writeSeenRelease(storage, "a-conf", "v2");
    expect(readSeenRelease(storage, "a-conf")).toBe("v2");
    expect(readSeenRelease(storage, "b-conf")).toBeNull();
  });
});
