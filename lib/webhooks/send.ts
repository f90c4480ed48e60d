import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { lookup } from "node:dns";
import { Webhook } from "standardwebhooks";
import { addressRange, hostOf, isPublicAddress, privateAddressesAllowed } from "./address";

export interface Message {
  url: string;
  /** The endpoint's key, base64 (its `whsec_` secret without the prefix). */
  signingKey: string;
  messageId: string;
  body: string;
}

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

// What a receiver answers is not read beyond this: only its status matters.
const MAX_RESPONSE_BYTES = 64 * 1024;

/** Resolves like Node does, but refuses a host any of whose addresses is not public (unless allowed). */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const refused = privateAddressesAllowed() ? undefined : addresses.find((a) => !isPublicAddress(a.address));
    if (refused) return callback(privateAddressError(refused.address), "", 0);
    if (options.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

const privateAddressError = (address: string) =>
  Object.assign(new Error(`refused: ${address} is a ${addressRange(address)} address, not a public one`), {
    code: "EPRIVATEADDRESS",
  });

/**
 * One attempt: signs the body (Standard Webhooks, a fresh timestamp each attempt, the same id)
 * and POSTs it. The socket connects only to the address the check approved — the lookup is
 * the check, so DNS cannot answer differently in between — redirects are not followed (a 3xx
 * is a failure), and the whole exchange is bounded by `timeoutMs`. Never throws.
 */
export async function sendMessage(message: Message, timeoutMs: number, signal?: AbortSignal): Promise<AttemptOutcome> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): AttemptOutcome => ({
    ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
    statusCode,
    durationMs: Math.round(performance.now() - started),
    error,
  });
  let url: URL;
  try {
    url = new URL(message.url);
  } catch {
    return done(null, "not a URL");
  }
  // A literal address is never looked up: check it here.
  const host = hostOf(url);
  if (addressRange(host) !== null && !privateAddressesAllowed() && !isPublicAddress(host))
    return done(null, privateAddressError(host).message);
  const timestamp = new Date();
  const signature = new Webhook(message.signingKey).sign(message.messageId, timestamp, message.body);
  const headers = {
    "content-type": "application/json",
    "user-agent": "Podium-Webhooks/1",
    "webhook-id": message.messageId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": signature,
  };
  const client = url.protocol === "https:" ? https : http;
  const aborted = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])]);
  return new Promise((resolve) => {
    const request = client.request(
      url,
      { method: "POST", headers, lookup: publicOnlyLookup, signal: aborted, agent: false },
      (response) => {
        let received = 0;
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        response.on("close", () => resolve(done(response.statusCode ?? null, null)));
        response.on("error", () => undefined);
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve(done(null, aborted.aborted ? `no answer within ${timeoutMs} ms` : error.message)),
    );
    request.end(message.body);
  });
}
