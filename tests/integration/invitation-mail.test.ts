import net from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { markInvitationSent } from "@/db/mutations/invitation-sent";
import { createInvitation, resendInvitation } from "@/db/mutations/invitations/issue-invitation";
import { invitations, speakers } from "@/db/schema";
import { invitationEmail } from "@/lib/mail/invitation-email";
import { mailConfigFromEnv, type MailConfig } from "@/lib/mail/mail-config";
import { createMailer, sendMail } from "@/lib/mail/send-mail";
import { scratchWorkspace } from "../support/scratch-database";

interface Delivery {
  from: string | undefined;
  to: string[];
  user: string | undefined;
  raw: string;
}

/** An SMTP server on a loopback port that keeps what it receives; plain text, login over it allowed. */
async function startCapturingServer(): Promise<{ port: number; deliveries: Delivery[]; close: () => Promise<void> }> {
  const deliveries: Delivery[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    onAuth: (auth, _session, done) =>
      auth.username === "podium" && auth.password === "s3cret"
        ? done(null, { user: "podium" })
        : done(new Error("Invalid username or password")),
    onData: (stream, session, done) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mailFrom = session.envelope.mailFrom;
        deliveries.push({
          from: mailFrom ? mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return { port, deliveries, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on: bound by the system, then released. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// Just enough MIME to read back what nodemailer encoded: RFC 2047 words in headers, QP or base64 in parts.
const utf8 = (bytes: string) => Buffer.from(bytes, "latin1").toString("utf8");
const unQp = (text: string) =>
  text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
function header(raw: string, name: string): string | undefined {
  const head = raw.split("\r\n\r\n")[0]!.replace(/\r\n[ \t]+/g, " ");
  const value = new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1];
  return value?.replace(/(=\?utf-8\?[bq]\?[^?]*\?=\s*)+/gi, (run) =>
    utf8(
      [...run.matchAll(/=\?utf-8\?([bq])\?([^?]*)\?=/gi)]
        .map(([, enc, word]) =>
          enc!.toLowerCase() === "b" ? Buffer.from(word!, "base64").toString("latin1") : unQp(word!.replace(/_/g, " ")),
        )
        .join(""),
    ),
  );
}
function part(raw: string, type: "text/plain" | "text/html"): string {
  const at = raw.search(new RegExp(`Content-Type: ${type}`, "i"));
  const [head, body] = [
    raw.slice(at).split("\r\n\r\n")[0]!,
    raw
      .slice(at)
      .split("\r\n\r\n")[1]!
      .split(/\r\n--/)[0]!,
  ];
  const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return encoding === "quoted-printable" ? utf8(unQp(body)) : body;
}

describe("invitation email delivery", () => {
  const t = scratchWorkspace();
  let smtp: Awaited<ReturnType<typeof startCapturingServer>>;
  let config: MailConfig;
  beforeAll(async () => {
    smtp = await startCapturingServer();
    config = mailConfigFromEnv({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_USER: "podium",
      SMTP_PASSWORD: "s3cret",
      MAIL_FROM: "Podium <no-reply@podium.test>",
    })!;
  });
  afterAll(async () => {
    await smtp.close();
  });

  const speaker = (slug: string) => t.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!;
  const stored = (id: number) => t.db.select().from(invitations).where(eq(invitations.id, id)).get()!;

  it("emails the invitation link over SMTP and records when it was sent", async () => {
    const organizer = { db: t.db, viewer: t.ws.viewers.organizer };
    const created = createInvitation(organizer, t.ws.conferenceId, speaker("gao-wentao").id, {
      email: "GaoWentao@Example.org",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { invitation, token } = created.value;
    expect(invitation.sentAt).toBeNull();
    const url = `https://podium.example.org/invite/${token}`;
    const message = invitationEmail({
      locale: "zh-CN",
      speakerName: speaker("gao-wentao").name,
      inviterName: "李娜",
      url,
      expiresAt: invitation.expiresAt,
      to: invitation.email,
    });

    const sent = await sendMail(createMailer(config), message, config.from);
    expect(sent).toEqual({ ok: true, messageId: expect.stringMatching(/^<.+@.+>$/) });

    expect(smtp.deliveries).toHaveLength(1);
    const delivery = smtp.deliveries[0]!;
    expect(delivery).toMatchObject({ from: "no-reply@podium.test", to: ["gaowentao@example.org"], user: "podium" });
    expect(header(delivery.raw, "To")).toBe("gaowentao@example.org");
    expect(header(delivery.raw, "From")).toBe("Podium <no-reply@podium.test>");
    expect(header(delivery.raw, "Subject")).toBe(message.subject);
    expect(header(delivery.raw, "Message-ID")).toBe(sent.ok && sent.messageId);
    expect(part(delivery.raw, "text/plain")).toContain(url);
    expect(part(delivery.raw, "text/plain")).toContain(`“${speaker("gao-wentao").name}”`);
    expect(part(delivery.raw, "text/html")).toContain(`<a href="${url}">${url}</a>`);

    const sentAt = new Date("2030-05-01T08:00:00Z");
    expect(markInvitationSent({ ...organizer, now: sentAt }, invitation.id)).toBe(true);
    expect(stored(invitation.id).sentAt).toEqual(sentAt);

    // A resend is a new invitation with a new link, not yet emailed, until it is.
    const resent = resendInvitation(organizer, t.ws.conferenceId, invitation.id);
    if (!resent.ok) throw new Error(JSON.stringify(resent));
    expect(stored(resent.value.invitation.id).sentAt).toBeNull();
    expect(markInvitationSent(organizer, resent.value.invitation.id)).toBe(true);
    expect(stored(resent.value.invitation.id).sentAt).toEqual(expect.any(Date));
    expect(markInvitationSent(organizer, 999_999)).toBe(false);
  });

  it("reports a mail server that refuses the connection as a reason the page can say, without throwing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const port = await closedPort();
    const refused = await sendMail(
      createMailer({ ...config, port }),
      invitationEmail({
        locale: "en",
        speakerName: "高文韬",
        inviterName: "Li Na",
        url: "https://podium.example.org/invite/x",
        expiresAt: new Date(),
        to: "a@example.org",
      }),
      config.from,
    );
    expect(refused).toEqual({ ok: false, failure: "refused" });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/ECONNREFUSED/));
    log.mockRestore();
  });

  it("gives up on a silent mail server after seconds, not minutes", () => {
    expect(createMailer(config).options).toMatchObject({
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 10_000,
    });
  });

  it("reports a wrong SMTP password as such", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = smtp.deliveries.length;
    const refused = await sendMail(
      createMailer({ ...config, auth: { user: "podium", pass: "wrong" } }),
      { to: "a@example.org", subject: "s", text: "t", html: "<p>t</p>" },
      config.from,
    );
    expect(refused).toEqual({ ok: false, failure: "auth" });
    expect(smtp.deliveries).toHaveLength(before);
    log.mockRestore();
  });
});
