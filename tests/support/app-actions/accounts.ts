// What a person does for their own account, in no conference: sign in and out, change the password, confirm
// the address, accept an invitation. Most of it calls Auth.js: a test imports this after its mocks of @/auth.
export { acceptInvitation } from "@/db/mutations/invitations/accept-invitation";
export { findInvitationByToken } from "@/db/queries/invitations";
export { signInAction, signOutAction } from "@/app/[locale]/(auth)/signin/actions";
export { acceptInvitationAction } from "@/app/[locale]/(speaker)/invite/[token]/actions";
export {
  changePasswordAction,
  sendEmailVerificationAction,
  signOutEverywhereAction,
} from "@/app/[locale]/(speaker)/me/account-actions";
export { confirmEmailAction } from "@/app/[locale]/(speaker)/verify-email/[token]/actions";
