import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";

// The route the public header asks (components/layout/viewer-link.tsx): it answers about
// the caller alone, never from a cache, and says no more than a name and a destination.
const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/db/auth/current-viewer", () => ({ getViewer: async () => state.viewer }));

const { GET } = await import("@/app/api/viewer/route");

const viewer = (rights: Partial<Viewer>): Viewer => ({
  userId: 7,
  email: "someone@podium.test",
  name: "Someone",
  isPlatformAdmin: false,
  organizerOf: new Set(),
  memberOf: new Set(),
  speakerIds: new Set(),
  ...rights,
});

async function ask() {
  const response = await GET();
  return { cacheControl: response.headers.get("cache-control"), body: await response.json() };
}

describe("GET /api/viewer", () => {
  beforeEach(() => {
    state.viewer = null;
  });

  it("answers null to a visitor, and is never stored", async () => {
    expect(await ask()).toEqual({ cacheControl: "private, no-store", body: { viewer: null } });
  });

  it("sends whoever manages something to the workspace, with their name and nothing else", async () => {
    for (const rights of [
      { organizerOf: new Set([1]) },
      { memberOf: new Set([3]) },
      { isPlatformAdmin: true },
      { organizerOf: new Set([1]), speakerIds: new Set([4]) },
      // Signed in with no rights yet: the workspace says what there is to do.
      {},
    ]) {
      state.viewer = viewer({ name: "Demo Organizer", ...rights });
      const { body, cacheControl } = await ask();
      expect(body).toEqual({ viewer: { name: "Demo Organizer", home: "workspace" } });
      expect(cacheControl).toBe("private, no-store");
    }
  });

  it("sends a speaker with nothing to manage to their profile", async () => {
    state.viewer = viewer({ name: "王斌", speakerIds: new Set([4]) });
    expect((await ask()).body).toEqual({ viewer: { name: "王斌", home: "profile" } });
  });
});
