import ipaddr from "ipaddr.js";

// Where a webhook may be sent: only to the public internet. Anything ipaddr.js files under a
// special range — loopback, private, link-local, unique-local, CGNAT, multicast, unspecified,
// reserved, and the IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo) — is
// refused, since from the server's side those reach its own machine or network.

/** The range an IP address falls in ("unicast" for a public one), or null when it is no IP address. */
export function addressRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return null;
  // ipaddr.process turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 it carries.
  return ipaddr.process(address).range();
}

export const isPublicAddress = (address: string): boolean => addressRange(address) === "unicast";

/** `WEBHOOKS_ALLOW_PRIVATE=1` lets endpoints on private networks through (a receiver on the same machine, tests). */
export const privateAddressesAllowed = (): boolean => process.env.WEBHOOKS_ALLOW_PRIVATE === "1";

/** The host of a URL as an address or a name: IPv6 literals lose their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
}
