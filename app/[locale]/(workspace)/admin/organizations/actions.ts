"use server";

import { redirect } from "next/navigation";
import { formAction, idFrom } from "@/app/form-action";
import { deleteOrganization, saveOrganization } from "@/db/mutations/organizations";

// Public pages show organizations from releases, so nothing public changes until the next one.

/** Creates (no `$organization`) or updates an organization; back to the list, which says it was saved. */
export const saveOrganizationAction = formAction(
  ({ ctx, formData, values }) => saveOrganization(ctx, idFrom(formData, "$organization"), values),
  () => redirect("/admin/organizations?saved=organization"),
);

/** Deletes an organization; refused, saying by what, while anything refers to it. */
export const deleteOrganizationAction = formAction(
  ({ ctx, formData }) => deleteOrganization(ctx, idFrom(formData, "$organization") ?? 0),
  () => redirect("/admin/organizations?saved=deleted"),
);
