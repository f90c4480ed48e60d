import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares a secret a request gave with the expected one in constant time.
 * Both are hashed first, so inputs of any length or encoding compare as
 * equal-length digests (timingSafeEqual throws on buffers of different lengths).
 */
export function sameSecret(given: string, expected: string): boolean {
  if (!expected) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
