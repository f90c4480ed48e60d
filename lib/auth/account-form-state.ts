/** What asking for a confirmation link hands back in `data`: where it went, or that the address is confirmed already. */
export interface ConfirmationSent {
  sentTo?: string;
  confirmed?: boolean;
}

/** The query /me is reached with after a password change (the browser is signed in afresh). */
export const PASSWORD_CHANGED_QUERY = { name: "account", value: "password-changed" } as const;
