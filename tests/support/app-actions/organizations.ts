// The organizations directory, shared by every conference, for a test to import after its mocks.
export { deleteOrganization, saveOrganization } from "@/db/mutations/organizations";
export { listOrganizations } from "@/db/queries/organizations";
export {
  deleteOrganizationAction,
  saveOrganizationAction,
} from "@/app/[locale]/(workspace)/admin/organizations/actions";
