// A conference as a whole: creating it, its settings, organizers, releases, audit log and who enters its
// workspace. A test imports this after its mocks.
export { createConference, saveConferenceSettings } from "@/db/mutations/conferences";
export { grantOrganizer, revokeOrganizer } from "@/db/mutations/organizers";
export { publishRelease } from "@/db/mutations/publish-release";
export { listAuditLog } from "@/db/queries/audit-log";
export { getConferenceSettings } from "@/db/queries/conferences";
export { listOrganizers } from "@/db/queries/organizers";
export { previewRelease } from "@/db/queries/releases";
export { findWorkspaceConference, listWorkspaceConferences } from "@/db/queries/workspace-conferences";
export {
  grantOrganizerAction,
  revokeOrganizerAction,
} from "@/app/[locale]/(workspace)/admin/[conference]/organizers/actions";
export { publishAction } from "@/app/[locale]/(workspace)/admin/[conference]/publish/actions";
export { saveConferenceSettingsAction } from "@/app/[locale]/(workspace)/admin/[conference]/settings/actions";
export { createConferenceAction } from "@/app/[locale]/(workspace)/admin/conferences/new/actions";
