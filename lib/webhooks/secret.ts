import { randomBytes } from "node:crypto";

// Standard Webhooks secrets are `whsec_` and the base64 of the key's bytes (24 to 64 of them).
const SECRET_PREFIX = "whsec_";
const KEY_BYTES = 32;

/** A new endpoint's key: what is stored to sign with, and the secret its organizer copies once. */
export function newSigningKey(): { signingKey: string; secret: string } {
  const signingKey = randomBytes(KEY_BYTES).toString("base64");
  return { signingKey, secret: `${SECRET_PREFIX}${signingKey}` };
}
