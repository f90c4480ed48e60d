import { afterEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, cacheLife: vi.fn(), cacheTag: vi.fn() }));
vi.mock("@/db", () => ({ getDb: () => null }));
const { POST } = await import("@/app/api/internal/revalidate/route");

const post = (token: string | null, body = "china-netav-2017") =>
  POST(
    new Request("http://localhost/api/internal/revalidate", {
      method: "POST",
      headers: token === null ? {} : { "x-podium-internal": token },
      body,
    }),
  );

describe("the page server's internal revalidation", () => {
  afterEach(() => {
    revalidateTag.mockClear();
    delete process.env.PODIUM_INTERNAL_TOKEN;
  });

  it("does not exist without the process's token", async () => {
    expect((await post(null)).status).toBe(404);
    process.env.PODIUM_INTERNAL_TOKEN = "a-secret-token-of-the-process";
    expect((await post(null)).status).toBe(404);
    expect((await post("a-secret-token-of-the-procesS")).status).toBe(404);
    expect((await post("short")).status).toBe(404);
    // As many characters as the token but more bytes: comparing raw buffers of unequal length threw (a 500).
    expect((await post("é-secret-token-of-the-process")).status).toBe(404);
    expect((await post("ÿ".repeat(29))).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("expires the conference's cached reads at once with the token", async () => {
    process.env.PODIUM_INTERNAL_TOKEN = "a-secret-token-of-the-process";
    expect((await post("a-secret-token-of-the-process")).status).toBe(204);
    expect(revalidateTag).toHaveBeenCalledWith("conference:china-netav-2017", { expire: 0 });
    expect((await post("a-secret-token-of-the-process", "../etc")).status).toBe(400);
  });
});
