import { describe, expect, it } from "vitest";
import { addressRange, isPublicAddress } from "@/lib/webhooks/address";
import { MAX_RETRY_DELAY_MS, RETRY_WINDOW_MS, retryDelayMs } from "@/lib/webhooks/backoff";
import { newSigningKey } from "@/lib/webhooks/secret";

describe("webhook destinations", () => {
  it("takes only public addresses: loopback, private, link-local and the other special ranges are refused", () => {
    const refused = {
      "127.0.0.1": "loopback",
      "127.8.9.10": "loopback",
      "10.0.0.8": "private",
      "172.20.1.1": "private",
      "192.168.1.10": "private",
      "169.254.169.254": "linkLocal",
      "100.64.3.2": "carrierGradeNat",
      "0.0.0.0": "unspecified",
      "224.0.0.251": "multicast",
      "255.255.255.255": "broadcast",
      "::1": "loopback",
      "::": "unspecified",
      "fe80::1": "linkLocal",
      "fd12:3456::1": "uniqueLocal",
      "ff02::1": "multicast",
      // IPv4 written as IPv6 is judged as the IPv4 it carries.
      "::ffff:127.0.0.1": "loopback",
      "::ffff:10.0.0.1": "private",
    };
    for (const [address, range] of Object.entries(refused)) {
      expect(addressRange(address), address).toBe(range);
      expect(isPublicAddress(address), address).toBe(false);
    }
    // NAT64 and 6to4 embed an IPv4 address that may be a private one: refused as well.
    expect(isPublicAddress("64:ff9b::a00:1")).toBe(false);
    expect(isPublicAddress("2002:a00:1::1")).toBe(false);
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])
      expect(isPublicAddress(address), address).toBe(true);
    expect(addressRange("example.org")).toBeNull();
  });
});

describe("webhook retries", () => {
  it("back off exponentially from the base, with jitter between half and the whole delay, capped", () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, high))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, low))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(30, 30_000, high)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("keep trying for the whole 24 hours: even the longest delays need more than a dozen attempts to get there", () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < RETRY_WINDOW_MS) elapsed += retryDelayMs(++attempts, 30_000, () => 1);
    expect(attempts).toBeGreaterThan(10);
  });
});

describe("webhook secrets", () => {
  it("are Standard Webhooks secrets: whsec_ and the base64 of 32 random bytes, which is what is kept", () => {
    const { secret, signingKey } = newSigningKey();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(secret).toBe(`whsec_${signingKey}`);
    expect(Buffer.from(signingKey, "base64")).toHaveLength(32);
    expect(newSigningKey().secret).not.toBe(secret);
  });
});
