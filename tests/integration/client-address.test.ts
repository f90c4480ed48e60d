import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  addressGroup,
  clientAddress,
  CLIENT_ADDRESS_HEADER,
  clientAddressHeaderValue,
} from "@/lib/auth/client-address";
import { clientAddressStamp, parseTrustedProxies } from "@/scripts/server/client-address";

// The page server's stamp and the app's reading of it, over a real loopback socket:
// what the sign-in throttle will count for a request that says whatever it likes.
let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function serveWith(trustedProxies: string | undefined) {
  const stamp = clientAddressStamp(trustedProxies);
  server = createServer((req, res) => {
    stamp(req);
    const headers = new Headers(
      Object.entries(req.headers).flatMap(([name, value]) =>
        typeof value === "string" ? [[name, value] as [string, string]] : [],
      ),
    );
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
        address: clientAddress(headers),
        forwardedFor: req.headers["x-forwarded-for"] ?? null,
        forwardedHost: req.headers["x-forwarded-host"] ?? null,
      }),
    );
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server!.address() as AddressInfo;
  return async (headers: Record<string, string> = {}) =>
    (await fetch(`http://127.0.0.1:${port}/`, { headers })).json() as Promise<{
      address: string;
      forwardedFor: string | null;
      forwardedHost: string | null;
    }>;
}

describe("the client's address", () => {
  it("is the socket's by default: X-Forwarded-For and friends from a client count for nothing and are dropped", async () => {
    const ask = await serveWith(undefined);
    expect(await ask({ "x-forwarded-for": "203.0.113.7", "x-forwarded-host": "evil.example" })).toEqual({
      address: "127.0.0.1",
      forwardedFor: null,
      forwardedHost: null,
    });
    // A client cannot write the stamped header itself either: it is replaced.
    expect(
      await ask({
        [CLIENT_ADDRESS_HEADER]: clientAddressHeaderValue(process.env.PODIUM_CLIENT_ADDRESS_KEY!, "203.0.113.8"),
      }),
    ).toMatchObject({ address: "127.0.0.1" });
  });

  it("honours X-Forwarded-For from a peer that TRUSTED_PROXIES names, taking the nearest untrusted hop", async () => {
    const ask = await serveWith("loopback");
    expect(await ask({ "x-forwarded-for": "203.0.113.7" })).toMatchObject({
      address: "203.0.113.7",
      forwardedFor: "203.0.113.7",
    });
    // A client's own made-up first hop does not win over what the trusted proxy saw.
    expect(await ask({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" })).toMatchObject({ address: "203.0.113.7" });
    expect(await ask()).toMatchObject({ address: "127.0.0.1" });
  });

  it("honours a number of hops, and ignores a list that does not name the peer", async () => {
    expect(await (await serveWith("1"))({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" })).toMatchObject({
      address: "203.0.113.7",
    });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;
    expect(await (await serveWith("10.0.0.0/8, 192.168.0.1"))({ "x-forwarded-for": "203.0.113.7" })).toMatchObject({
      address: "127.0.0.1",
      forwardedFor: null,
    });
  });

  it("refuses a malformed TRUSTED_PROXIES at start-up, naming the variable", () => {
    expect(() => parseTrustedProxies("not-an-address")).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies("")("127.0.0.1", 0)).toBe(false);
    expect(parseTrustedProxies(" 2 ")("10.0.0.1", 1)).toBe(true);
    expect(parseTrustedProxies("2")("10.0.0.1", 2)).toBe(false);
  });

  it("is unknown to an app with no page server in front (a bare next dev), whatever the request says", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "some-key 203.0.113.7", "x-forwarded-for": "203.0.113.7" });
    expect(clientAddress(headers, undefined)).toBe("unknown");
    expect(clientAddress(headers, "another-key")).toBe("unknown");
    expect(clientAddress(headers, "some-key")).toBe("203.0.113.7");
  });

  it("is grouped: IPv4 as it is, IPv4-mapped IPv6 as IPv4, IPv6 by its /64, anything else as unknown", () => {
    expect(addressGroup("198.51.100.7")).toBe("198.51.100.7");
    expect(addressGroup("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(addressGroup("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:0db8:0001:0002:ffff::1")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("fe80::1%eth0")).toBe("fe80::/64");
    expect(addressGroup("unknown")).toBe("unknown");
    expect(addressGroup("")).toBe("unknown");
  });
});
