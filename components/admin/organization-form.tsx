"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { DeleteForm } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormField } from "./form-field";

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
  save: Action;
  remove?: Action;
}

/** Create or edit an organization; errors beside the fields, typed values kept. */
export function OrganizationForm({ organization, parents, save, remove }: Props) {
  const t = useTranslations("organizations");
  const tl = useTranslations("adminList");
  const form = useActionForm(save, organization);
  const value = form.value;
  const parentError = form.error("parentId");
  return (
    <div className="space-y-4">
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        {organization ? <input type="hidden" name="$organization" value={organization.id} /> : null}
        <FormField label={t("name")} name="name" defaultValue={value("name")} error={form.error("name")} required />
        <FormField label={t("nameEn")} name="nameEn" defaultValue={value("nameEn")} error={form.error("nameEn")} />
        <FormField
          label={t("shortName")}
          name="shortName"
          defaultValue={value("shortName")}
          error={form.error("shortName")}
        />
        <FormField
          label={t("slug")}
          name="slug"
          defaultValue={value("slug")}
          error={form.error("slug")}
          hint={t("slugHint")}
          required
        />
        <FormField
          label={t("website")}
          name="website"
          type="url"
          defaultValue={value("website")}
          error={form.error("website")}
          hint={t("websiteHint")}
        />
        <FormField label={t("parent")} name="parentId" error={parentError} hint={t("parentHint")}>
          <select
            id="field-parentId"
            name="parentId"
            key={value("parentId")}
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
        <FormFooter pending={form.pending} message={form.message} className="sm:col-span-2" />
      </form>
      {organization && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $organization: organization.id }}
          confirm={tl("confirmDelete", { name: organization.name })}
        />
      ) : null}
    </div>
  );
}
