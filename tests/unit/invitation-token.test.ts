import { describe, expect, it } from "vitest";
import {
  hashInvitationToken,
  INVITATION_TTL_DAYS,
  invitationExpiry,
  invitationStatus,
  newInvitationToken,
} from "@/lib/invitations/token";

const day = 24 * 60 * 60 * 1000;

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, never the same twice", () => {
    const tokens = Array.from({ length: 50 }, () => newInvitationToken().token);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("are kept as a deterministic SHA-256 hash that is not the token", () => {
    const { token, tokenHash } = newInvitationToken();
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashInvitationToken(token));
    expect(hashInvitationToken(token)).toBe(hashInvitationToken(token));
    expect(tokenHash).not.toContain(token);
    expect(hashInvitationToken(token + "x")).not.toBe(tokenHash);
    expect(hashInvitationToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("invitation status", () => {
  const now = new Date("2030-01-01T00:00:00Z");
  const pending = { expiresAt: invitationExpiry(now), acceptedAt: null, revokedAt: null };

  it("lasts 14 days: pending until the last millisecond, expired from the expiry on", () => {
    expect(INVITATION_TTL_DAYS).toBe(14);
    expect(pending.expiresAt.getTime() - now.getTime()).toBe(14 * day);
    expect(invitationStatus(pending, now)).toBe("pending");
    expect(invitationStatus(pending, new Date(now.getTime() + 14 * day - 1))).toBe("pending");
    expect(invitationStatus(pending, new Date(now.getTime() + 14 * day))).toBe("expired");
    expect(invitationStatus(pending, new Date(now.getTime() + 15 * day))).toBe("expired");
  });

  it("says revoked over accepted over expired", () => {
    const later = new Date(now.getTime() + 15 * day);
    expect(invitationStatus({ ...pending, acceptedAt: now }, later)).toBe("accepted");
    expect(invitationStatus({ ...pending, revokedAt: now }, later)).toBe("revoked");
    expect(invitationStatus({ ...pending, acceptedAt: now, revokedAt: now }, now)).toBe("revoked");
    expect(invitationStatus({ ...pending, acceptedAt: now }, now)).toBe("accepted");
  });
});
