"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/admin/form-result";
import { DeleteForm } from "./delete-form";
import { FormField } from "./form-field";
import { useWorkspaceForm } from "./use-workspace-form";

interface Props {
  organization: {
    id: number;
    name: string;
    nameEn: string;
    shortName: string;
    slug: string;
    website: string;
    parentId: string;
  } | null;
  /** Organizations it may sit under: never itself or one of its descendants. */
  parents: Array<{ id: number; name: string }>;
  save: FormAction;
  remove?: FormAction;
}

/** Create or edit an organization; errors beside the fields, typed values kept. */
export function OrganizationForm({ organization, parents, save, remove }: Props) {
  const tl = useTranslations("adminList");
  const { t, state, action, pending, value, message } = useWorkspaceForm("organizations", save, organization);
  const parentError = state.fieldErrors?.parentId;
  return (
    <div className="space-y-4">
      <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
        {organization ? <input type="hidden" name="$organization" value={organization.id} /> : null}
        <FormField
          label={t("name")}
          name="name"
          defaultValue={value("name")}
          error={state.fieldErrors?.name}
          required
          maxLength={200}
        />
        <FormField
          label={t("nameEn")}
          name="nameEn"
          defaultValue={value("nameEn")}
          error={state.fieldErrors?.nameEn}
          maxLength={200}
        />
        <FormField
          label={t("shortName")}
          name="shortName"
          defaultValue={value("shortName")}
          error={state.fieldErrors?.shortName}
          maxLength={60}
        />
        <FormField
          label={t("slug")}
          name="slug"
          defaultValue={value("slug")}
          error={state.fieldErrors?.slug}
          hint={t("slugHint")}
          required
        />
        <FormField
          label={t("website")}
          name="website"
          type="url"
          defaultValue={value("website")}
          error={state.fieldErrors?.website}
          hint={t("websiteHint")}
          maxLength={500}
        />
        <FormField label={t("parent")} name="parentId" error={parentError} hint={t("parentHint")}>
          <select
            id="field-parentId"
            name="parentId"
            defaultValue={value("parentId")}
            aria-invalid={parentError ? true : undefined}
            aria-describedby={[parentError ? "field-parentId-error" : null, "field-parentId-hint"]
              .filter(Boolean)
              .join(" ")}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
          >
            <option value="">{t("noParent")}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
        <div className="flex items-end gap-3 sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
          >
            {tl("save")}
          </button>
          {state.status === "error" ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {message(state.message)}
            </p>
          ) : null}
        </div>
      </form>
      {organization && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $organization: organization.id }}
          confirm={tl("confirmDelete", { name: organization.name })}
          describe={message}
        />
      ) : null}
    </div>
  );
}
