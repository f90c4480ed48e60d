import type { FormState } from "@/lib/admin/form-result";

/** What the invitation forms get back: the link to copy (shown once) and whether the email went out. */
export interface InvitationFormState extends FormState {
  link?: string;
  email?: string;
  /** `off`: no SMTP configured, the organizer passes the link on themselves. */
  mail?: "sent" | "off" | "failed";
  mailError?: string;
}
