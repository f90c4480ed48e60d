import type { MailLocale } from "./invitation-email";
import type { MailMessage } from "./send-mail";
import { oneLine, paragraphsEmail } from "./text";

export interface AccountUnlinkedInput {
  locale: MailLocale;
  to: string;
  speakerName: string;
  conferenceName: string;
  organizerName: string;
}

/** Tells a speaker that an organizer took a profile they kept back from their account: it must never happen unnoticed. */
export function accountUnlinkedEmail(input: AccountUnlinkedInput): MailMessage {
  const speaker = oneLine(input.speakerName);
  const conference = oneLine(input.conferenceName);
  const organizer = oneLine(input.organizerName);
  if (input.locale === "en") {
    return paragraphsEmail(
      input.to,
      "en",
      `Your speaker profile “${speaker}” at ${conference} is no longer linked to your account`,
      [
        "Hello,",
        `${organizer}, an organizer of ${conference}, has unlinked your account from the speaker profile “${speaker}” on Podium. You can no longer edit that profile yourself; your account and your profiles at other conferences are unchanged.`,
        "If you did not expect this, please contact the organizers of the conference.",
      ],
    );
  }
  return paragraphsEmail(input.to, "zh-CN", `您在「${conference}」的嘉宾资料“${speaker}”已与您的账号解除关联`, [
    "您好：",
    `「${conference}」的组织者 ${organizer} 已在 Podium 上将您的账号与嘉宾资料“${speaker}”解除关联。您将无法再自行编辑这份资料；您的账号以及您在其他会议的资料不受影响。`,
    "如有疑问，请联系该会议的组织者。",
  ]);
}
