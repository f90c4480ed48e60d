import { describe, expect, it } from "vitest";
import { credentialsSchema } from "@/lib/auth/credentials";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { signInErrorFromQuery } from "@/lib/auth/sign-in-state";

describe("sign-in credentials", () => {
  it("lower-case and trim the email, keep the password as typed", () => {
    expect(credentialsSchema.parse({ email: "  Organizer@Podium.TEST ", password: " Pass word " })).toEqual({
      email: "organizer@podium.test",
      password: " Pass word ",
    });
  });

  it.each([
    [{ email: "not an email", password: "x" }],
    [{ email: "a@b.example", password: "" }],
    [{ email: "a@b.example" }],
    [{ email: ["a@b.example"], password: "x" }],
    [{ email: "a@b.example", password: "x".repeat(1001) }],
  ])("refuse %j", (input) => {
    expect(credentialsSchema.safeParse(input).success).toBe(false);
  });
});

describe("safeRedirectPath", () => {
  it.each(["/admin", "/admin/china-netav-2017/schedule?day=2017-12-01", "/china-netav-2017#top"])(
    "keeps the same-origin path %s",
    (path) => {
      expect(safeRedirectPath(path)).toBe(path);
    },
  );

  it.each([
    undefined,
    null,
    "",
    "admin",
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/admin",
    "javascript:alert(1)",
    "/ad min",
    "/\t/evil.example",
    ["/admin"],
  ])("sends %j to /admin instead", (value) => {
    expect(safeRedirectPath(value)).toBe("/admin");
  });
});

describe("signInErrorFromQuery", () => {
  it("maps Auth.js's error and code to the form's messages", () => {
    expect(signInErrorFromQuery(undefined, undefined)).toBeNull();
    expect(signInErrorFromQuery("CredentialsSignin", "credentials")).toBe("wrongCredentials");
    expect(signInErrorFromQuery("CredentialsSignin", "throttled")).toBe("signInThrottledLater");
    expect(signInErrorFromQuery("CredentialsSignin", "invalid-input")).toBe("credentialsMissing");
    expect(signInErrorFromQuery("Configuration", undefined)).toBe("signInFailed");
  });
});
