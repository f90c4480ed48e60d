import ipaddr from "ipaddr.js";

// The client's address reaches the app in one header that the page server
// (scripts/server/serve.ts) sets from the socket, or from X-Forwarded-For only
// when TRUSTED_PROXIES says the peer is a proxy of ours. A client cannot forge
// it: the server replaces whatever came in, and the value starts with a key that
// only this process knows, so a header sent to a bare `next dev` means nothing.

export const CLIENT_ADDRESS_HEADER = "x-podium-client-address";
/** Where the page server keeps its per-process key (made at start, never configured by hand). */
export const CLIENT_ADDRESS_KEY_ENV = "PODIUM_CLIENT_ADDRESS_KEY";
/** Every client the app cannot tell apart shares this one group (and so one throttle). */
export const UNKNOWN_ADDRESS = "unknown";

/** The header's value for `address`, as the page server writes it. */
export const clientAddressHeaderValue = (key: string, address: string) => `${key} ${address}`;

/** The address the page server vouched for, or "unknown" when no page server stands in front (next dev, tests). */
export function clientAddress(headers: Pick<Headers, "get">, key = process.env[CLIENT_ADDRESS_KEY_ENV]): string {
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  if (!key || !value) return UNKNOWN_ADDRESS;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== key) return UNKNOWN_ADDRESS;
  return value.slice(space + 1).trim() || UNKNOWN_ADDRESS;
}

/**
 * The group an address is counted in: an IPv4 address itself (an IPv4-mapped
 * IPv6 address as IPv4), an IPv6 address by its /64, since one subscriber
 * usually holds a whole /64 and could otherwise step through 2^64 addresses.
 */
export function addressGroup(address: string): string {
  if (!ipaddr.isValid(address)) return UNKNOWN_ADDRESS;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
