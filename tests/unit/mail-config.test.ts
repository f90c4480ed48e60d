import { describe, expect, it } from "vitest";
import { mailConfigFromEnv } from "@/lib/mail/mail-config";

const on = { SMTP_HOST: "smtp.example.org", MAIL_FROM: "Podium <no-reply@example.org>" };

describe("mail configuration from the environment", () => {
  it("is off when SMTP_HOST is unset or empty, whatever else is set", () => {
    expect(mailConfigFromEnv({})).toBeNull();
    expect(mailConfigFromEnv({ SMTP_HOST: "  ", SMTP_PORT: "not a port", MAIL_FROM: "" })).toBeNull();
  });

  it("uses port 587 with STARTTLS and no login by default", () => {
    expect(mailConfigFromEnv(on)).toEqual({
      host: "smtp.example.org",
      port: 587,
      secure: false,
      from: "Podium <no-reply@example.org>",
    });
    expect(mailConfigFromEnv({ ...on, SMTP_PORT: "" })).toMatchObject({ port: 587 });
  });

  it("logs in only when SMTP_USER is set, and asks for the password that goes with it", () => {
    expect(mailConfigFromEnv({ ...on, SMTP_USER: "podium", SMTP_PASSWORD: " s3cret " })).toMatchObject({
      auth: { user: "podium", pass: " s3cret " },
    });
    expect(mailConfigFromEnv({ ...on, SMTP_USER: "" })).not.toHaveProperty("auth");
    expect(() => mailConfigFromEnv({ ...on, SMTP_USER: "podium" })).toThrow(
      /SMTP_PASSWORD is required when SMTP_USER is set/,
    );
    expect(() => mailConfigFromEnv({ ...on, SMTP_PASSWORD: "s3cret" })).toThrow(/SMTP_USER is required/);
  });

  it("speaks TLS from the start on port 465 unless SMTP_SECURE says otherwise", () => {
    expect(mailConfigFromEnv({ ...on, SMTP_PORT: "465" })).toMatchObject({ port: 465, secure: true });
    expect(mailConfigFromEnv({ ...on, SMTP_PORT: "465", SMTP_SECURE: "false" })).toMatchObject({
      port: 465,
      secure: false,
    });
    expect(mailConfigFromEnv({ ...on, SMTP_PORT: "2465", SMTP_SECURE: "true" })).toMatchObject({
      port: 2465,
      secure: true,
    });
    expect(() => mailConfigFromEnv({ ...on, SMTP_SECURE: "yes" })).toThrow(/SMTP_SECURE must be "true" or "false"/);
  });

  it("rejects a port that is not a port number, naming the variable", () => {
    for (const port of ["abc", "25a", "-1", "0", "65536", "587.5"]) {
      expect(() => mailConfigFromEnv({ ...on, SMTP_PORT: port }), port).toThrow(
        /SMTP_PORT must be a whole number between 1 and 65535/,
      );
    }
  });

  it("requires a sender address instead of guessing one", () => {
    expect(() => mailConfigFromEnv({ SMTP_HOST: "smtp.example.org" })).toThrow(
      /MAIL_FROM is required when SMTP_HOST is set/,
    );
    expect(() => mailConfigFromEnv({ SMTP_HOST: "smtp.example.org", MAIL_FROM: " " })).toThrow(/MAIL_FROM is required/);
    expect(() => mailConfigFromEnv({ SMTP_HOST: "smtp.example.org", MAIL_FROM: "Podium" })).toThrow(
      /MAIL_FROM must be an email address/,
    );
    expect(mailConfigFromEnv({ SMTP_HOST: "smtp.example.org", MAIL_FROM: "no-reply@example.org" })).toMatchObject({
      from: "no-reply@example.org",
    });
  });
});
