import type { Problem } from "@/lib/errors/problem";

/**
 * What the invitation forms' actions hand back in `data`: the link to copy (shown once), for
 * whom, and whether the email went out (`off`: no SMTP configured, the organizer passes the
 * link on themselves; `failed`: why, as a problem).
 */
export interface InvitationDelivery {
  link?: string;
  email?: string;
  mail?: "sent" | "off" | "failed";
  mailProblem?: Problem;
}
