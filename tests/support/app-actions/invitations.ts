// Speakers' invitations as the workspace sends them. A test imports this module with `await import(…)` after
// its mocks (app-harness, its own vi.mock), so the app modules behind it see them.
export { createInvitation, resendInvitation } from "@/db/mutations/invitations/issue-invitation";
export { revokeInvitation } from "@/db/mutations/invitations/revoke-invitation";
export { unlinkSpeakerAccount } from "@/db/mutations/invitations/unlink-speaker-account";
export { listInvitations } from "@/db/queries/invitations";
export {
  createInvitationAction,
  resendInvitationAction,
  revokeInvitationAction,
  unlinkSpeakerAccountAction,
} from "@/app/[locale]/(workspace)/admin/[conference]/speakers/invitation-actions";
