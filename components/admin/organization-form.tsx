"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { DeleteForm } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "./choice-fields";
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
  return (
    <div className="space-y-4">
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        {organization ? <input type="hidden" name="$organization" value={organization.id} /> : null}
        <FormField label={t("name")} {...form.field("name")} required />
        <FormField label={t("nameEn")} {...form.field("nameEn")} />
        <FormField label={t("shortName")} {...form.field("shortName")} />
        <FormField label={t("slug")} {...form.field("slug")} hint={t("slugHint")} required />
        <FormField label={t("website")} {...form.field("website")} type="url" hint={t("websiteHint")} />
        <SelectField
          key={value("parentId")}
          label={t("parent")}
          {...form.field("parentId")}
          hint={t("parentHint")}
          options={[
            { value: "", label: t("noParent") },
            ...parents.map((p) => ({ value: String(p.id), label: p.name })),
          ]}
        />
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
