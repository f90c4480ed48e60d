import { lookup } from "node:dns/promises";
import { hostOf, isPublicAddress, privateAddressesAllowed } from "./address";

export type DestinationCheck =
  | { ok: true }
  | { ok: false; code: "webhookPrivateAddress"; address: string }
  | { ok: false; code: "webhookHostUnknown"; host: string };

export type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Whether a URL may receive webhooks: every address its host resolves to must be public
 * (one private answer is enough to refuse: DNS may hand out either). Checked when an
 * endpoint is registered and again, on the resolved address itself, before each delivery.
 */
export async function checkDestination(url: URL, resolve: Resolve = resolveAll): Promise<DestinationCheck> {
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return { ok: false, code: "webhookHostUnknown", host };
  }
  if (addresses.length === 0) return { ok: false, code: "webhookHostUnknown", host };
  if (privateAddressesAllowed()) return { ok: true };
  const refused = addresses.find((a) => !isPublicAddress(a));
  return refused ? { ok: false, code: "webhookPrivateAddress", address: refused } : { ok: true };
}
