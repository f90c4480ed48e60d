import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { hashPassword, PASSWORD_COST, passwordTooLong, verifyPassword } from "@/lib/auth/password";

describe("passwords", () => {
  it("are hashed with bcrypt at cost 12, salted, and verify only with the same password", async () => {
    const [a, b] = await Promise.all([hashPassword("correct horse battery"), hashPassword("correct horse battery")]);
    expect(PASSWORD_COST).toBe(12);
    expect(bcrypt.getRounds(a)).toBe(12);
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

  it("longer than bcrypt's 72 bytes are recognised (they would be cut silently)", () => {
    expect(passwordTooLong("x".repeat(72))).toBe(false);
    expect(passwordTooLong("x".repeat(73))).toBe(true);
    expect(passwordTooLong("密".repeat(25))).toBe(true); // 75 bytes in UTF-8
  });
});
