"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { deleteOrganization, saveOrganization } from "@/db/mutations/organizations";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";

/** Creates (no `$organization`) or updates an organization; field errors come back beside the fields with what was typed. */
export async function saveOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "forbidden", values };
  const organizationId = formData.get("$organization") ? Number(formData.get("$organization")) : null;
  const result = attemptWrite(() => saveOrganization(getDb(), viewer, organizationId, values), values);
  if (!result.ok) return result.state;
  // Public pages show organizations from releases, so nothing public changes until the next one.
  redirect("/admin/organizations");
}

export async function deleteOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() => deleteOrganization(getDb(), viewer, Number(formData.get("$organization"))));
  if (!result.ok) return result.state;
  redirect("/admin/organizations");
}
