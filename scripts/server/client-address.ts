import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_KEY_ENV,
  clientAddressHeaderValue,
  UNKNOWN_ADDRESS,
} from "@/lib/auth/client-address";

export type ProxyTrust = (address: string, hop: number) => boolean;

// Headers a client could send to pose as someone else, or as having come through
// a proxy: dropped unless the socket's peer is a proxy we trust.
const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "x-real-ip",
];

/**
 * TRUSTED_PROXIES: unset or empty trusts no one (the socket's address counts);
 * a whole number N trusts the N hops nearest to this server; otherwise a
 * comma-separated list of addresses, CIDR ranges or proxy-addr's names
 * (loopback, linklocal, uniquelocal). A malformed value stops the server.
 */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (text === "") return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyaddr.compile(
      text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    );
  } catch (error) {
    throw new Error(
      `TRUSTED_PROXIES: ${(error as Error).message} (expected addresses or CIDR ranges separated by commas, or a number of hops)`,
    );
  }
}

/** The client's address: the socket's, or the nearest untrusted hop of X-Forwarded-For when the peer is trusted. */
export function clientAddressOf(req: IncomingMessage, trust: ProxyTrust): string {
  if (!req.socket?.remoteAddress) return UNKNOWN_ADDRESS;
  return proxyaddr(req, trust) || UNKNOWN_ADDRESS;
}

/**
 * For the page server: a function that writes the client's address into the
 * one header the app believes (lib/auth/client-address.ts), replacing whatever
 * the client sent, under a key made for this process.
 */
export function clientAddressStamp(trustedProxies = process.env.TRUSTED_PROXIES): (req: IncomingMessage) => void {
  const trust = parseTrustedProxies(trustedProxies);
  const key = (process.env[CLIENT_ADDRESS_KEY_ENV] ??= randomBytes(18).toString("base64url"));
  return (req) => {
    const address = clientAddressOf(req, trust);
    if (!trust(req.socket?.remoteAddress ?? "", 0)) for (const name of FORWARDING_HEADERS) delete req.headers[name];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressHeaderValue(key, address);
  };
}
