import bcrypt from "bcryptjs";

export const PASSWORD_COST = 12;
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string, cost = PASSWORD_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

// Compared against when the account does not exist, so that an unknown email
// costs as much time as a wrong password and the answer time reveals nothing.
let unknownAccountHash: Promise<string> | undefined;

/** True when `password` matches `hash`; false for a missing hash (an account without a password). */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    unknownAccountHash ??= bcrypt.hash("no account has this password", PASSWORD_COST);
    await bcrypt.compare(password, await unknownAccountHash);
    return false;
  }
  return bcrypt.compare(password, hash);
}

/** bcrypt reads only the first 72 bytes of a password; longer ones are refused when set. */
export const passwordTooLong = (password: string) => bcrypt.truncates(password);
