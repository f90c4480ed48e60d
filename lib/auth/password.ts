import { hash, verify } from "@node-rs/bcrypt";

// @node-rs/bcrypt hashes on libuv's thread pool, so a burst of sign-in attempts
// cannot stall page serving the way bcryptjs (on the main thread) did. It reads
// the `$2a$`/`$2b$` hashes bcryptjs wrote, and writes `$2b$`.

export const PASSWORD_COST = 12;
export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt reads only this many bytes of a password. */
export const MAX_PASSWORD_BYTES = 72;

export function hashPassword(password: string, cost = PASSWORD_COST): Promise<string> {
  return hash(password, cost);
}

// Compared against when the account does not exist, so that an unknown email
// costs as much time as a wrong password and the answer time reveals nothing.
let unknownAccountHash: Promise<string> | undefined;

/** True when `password` matches `hash`; false for a missing or malformed hash (an account without a password). */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    unknownAccountHash ??= hashPassword("no account has this password");
    await verify(password, await unknownAccountHash);
    return false;
  }
  return verify(password, hash);
}

/** bcrypt reads only the first 72 bytes of a password; longer ones are refused when set. */
export const passwordTooLong = (password: string) => Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES;

/** What is wrong with a password someone chooses, or null: the rules of every form that sets one. */
export function newPasswordProblem(password: string): "too-short" | "too-long" | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "too-short";
  if (passwordTooLong(password)) return "too-long";
  return null;
}
