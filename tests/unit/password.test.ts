import { describe, expect, it } from "vitest";
import { hashPassword, PASSWORD_COST, passwordTooLong, verifyPassword } from "@/lib/auth/password";

describe("passwords", () => {
  it("are hashed with bcrypt at cost 12, salted, and verify only with the same password", async () => {
    const [a, b] = await Promise.all([hashPassword("correct horse battery"), hashPassword("correct horse battery")]);
    expect(PASSWORD_COST).toBe(12);
    expect(a).toMatch(/^\$2b\$12\$/);
    expect(a).not.toContain("correct horse");
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterY", a)).toBe(false);
    expect(await verifyPassword("", a)).toBe(false);
  });

  it("never verify against an account without a password", async () => {
    expect(await verifyPassword("anything at all", null)).toBe(false);
    expect(await verifyPassword("", undefined)).toBe(false);
  });

  it("written by bcryptjs before ($2a$ and $2b$) still verify", async () => {
    // bcryptjs 3.0.3 hashes of "podium-demo" at cost 4, as databases made before the switch hold them.
    const written = "$2b$04$qkTL2KvQI8VLunvR5HrHUu9iwDgWI.ujy2qk8beJ6kMIYZSC07EUe";
    for (const hash of [written, written.replace("$2b$", "$2a$")]) {
      expect(await verifyPassword("podium-demo", hash)).toBe(true);
      expect(await verifyPassword("podium-demO", hash)).toBe(false);
    }
  });

  it("never verify against a malformed hash", async () => {
    expect(await verifyPassword("podium-demo", "$2b$04$short")).toBe(false);
  });

  it("longer than bcrypt's 72 bytes are recognised (they would be cut silently)", () => {
    expect(passwordTooLong("x".repeat(72))).toBe(false);
    expect(passwordTooLong("x".repeat(73))).toBe(true);
    expect(passwordTooLong("密".repeat(25))).toBe(true); // 75 bytes in UTF-8
  });
});
