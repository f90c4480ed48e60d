import type { MailMessage } from "./send-mail";
import { escapeHtml, oneLine } from "./text";

export type MailLocale = "zh-CN" | "en";

export interface InvitationEmailInput {
  locale: MailLocale;
  speakerName: string;
  inviterName: string;
  url: string;
  expiresAt: Date;
  to: string;
}

interface Copy {
  subject: string;
  greeting: string;
  invited: string;
  can: string;
  open: string;
  expires: string;
  ignore: string;
}

// The speaker name and the inviter's come from people: every value is escaped before it enters the html.
const copy: Record<MailLocale, (v: { speaker: string; inviter: string; expiry: string }) => Copy> = {
  en: ({ speaker, inviter, expiry }) => ({
    subject: `Invitation to manage the speaker profile “${speaker}” on Podium`,
    greeting: "Hello,",
    invited: `${inviter} has invited you to take over the speaker profile “${speaker}” on Podium.`,
    can: "Once you accept, you can edit your own bio, photo and links yourself.",
    open: "Open this link to accept the invitation (it works only once):",
    expires: `The link expires on ${expiry} UTC.`,
    ignore: "If you were not expecting this email, you can ignore it.",
  }),
  "zh-CN": ({ speaker, inviter, expiry }) => ({
    subject: `邀请您在 Podium 上认领嘉宾资料“${speaker}”`,
    greeting: "您好：",
    invited: `${inviter} 邀请您在 Podium 上认领嘉宾资料“${speaker}”。`,
    can: "接受邀请后，您可以自行编辑自己的简介、照片和链接。",
    open: "请打开以下链接接受邀请（链接仅可使用一次）：",
    expires: `链接将于 ${expiry} UTC 失效。`,
    ignore: "如果您并未预期收到这封邮件，请忽略。",
  }),
};

function formatExpiry(expiresAt: Date, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(expiresAt);
}

/** The invitation email in the invitee's language: who invites, to which profile, what it allows, the link and when it expires. */
export function invitationEmail(input: InvitationEmailInput): MailMessage {
  // The link goes into an href: only a web address may, never javascript: or data:.
  const protocol = new URL(input.url).protocol;
  if (protocol !== "https:" && protocol !== "http:")
    throw new Error(`Invitation link must be an http(s) URL, got ${protocol}`);
  const values = {
    speaker: oneLine(input.speakerName),
    inviter: oneLine(input.inviterName),
    expiry: formatExpiry(input.expiresAt, input.locale),
  };
  const plain = copy[input.locale](values);
  const safe = copy[input.locale]({
    speaker: escapeHtml(values.speaker),
    inviter: escapeHtml(values.inviter),
    expiry: escapeHtml(values.expiry),
  });
  const url = escapeHtml(input.url);

  const text = [
    plain.greeting,
    "",
    plain.invited,
    "",
    plain.can,
    "",
    plain.open,
    input.url,
    "",
    plain.expires,
    plain.ignore,
    "",
  ].join("\n");
  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><title>${safe.subject}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2937">
<p>${safe.greeting}</p>
<p>${safe.invited}</p>
<p>${safe.can}</p>
<p>${safe.open}<br><a href="${url}">${url}</a></p>
<p>${safe.expires}<br>${safe.ignore}</p>
</body>
</html>
`;
  return { to: input.to, subject: plain.subject, text, html };
}
