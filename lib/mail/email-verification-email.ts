import type { MailLocale } from "./invitation-email";
import type { MailMessage } from "./send-mail";

export interface EmailVerificationInput {
  locale: MailLocale;
  to: string;
  url: string;
  expiresAt: Date;
}

const copy: Record<MailLocale, (expiry: string) => { subject: string; lines: string[]; open: string; ignore: string }> =
  {
    en: (expiry) => ({
      subject: "Confirm your email address on Podium",
      lines: [
        "Hello,",
        "Someone — most likely you — asked Podium to confirm that this address belongs to your account.",
      ],
      open: `Open this link to confirm it (it works once, until ${expiry} UTC):`,
      ignore: "If you did not ask for this, ignore this email: nothing changes.",
    }),
    "zh-CN": (expiry) => ({
      subject: "在 Podium 上确认您的邮箱地址",
      lines: ["您好：", "有人（很可能是您本人）请求 Podium 确认此邮箱地址属于您的账号。"],
      open: `请打开以下链接完成确认（仅可使用一次，有效期至 ${expiry} UTC）：`,
      ignore: "如果这不是您的请求，请忽略这封邮件，您的账号不会有任何变化。",
    }),
  };

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => entities[c]!);

/** The confirmation email in the account holder's language: the link, when it expires, and that ignoring it is safe. */
export function emailVerificationEmail(input: EmailVerificationInput): MailMessage {
  // The link goes into an href: only a web address may, never javascript: or data:.
  const protocol = new URL(input.url).protocol;
  if (protocol !== "https:" && protocol !== "http:")
    throw new Error(`Confirmation link must be an http(s) URL, got ${protocol}`);
  const expiry = new Intl.DateTimeFormat(input.locale, {
    dateStyle: "long",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(input.expiresAt);
  const c = copy[input.locale](expiry);
  const text = [...c.lines.flatMap((line) => [line, ""]), c.open, input.url, "", c.ignore, ""].join("\n");
  const url = escapeHtml(input.url);
  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2937">
${c.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n")}
<p>${escapeHtml(c.open)}<br><a href="${url}">${url}</a></p>
<p>${escapeHtml(c.ignore)}</p>
</body>
</html>
`;
  return { to: input.to, subject: c.subject, text, html };
}
