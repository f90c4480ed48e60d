"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { DeleteForm } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormField } from "./form-field";

export interface OrderedItem {
  id: number;
  name: string;
  nameEn: string;
  slug: string;
  position: string;
  [field: string]: string | number;
}

/** The one field in which a room and a track differ (capacity, colour). */
export interface OwnField {
  name: string;
  fallback?: string;
  hint?: boolean;
  required?: boolean;
  numeric?: boolean;
}

/**
 * Create or edit a conference's ordered item — a room or a track: names in both languages,
 * slug, its own field and position; errors beside the fields, typed values kept.
 */
export function OrderedItemForm({
  kind,
  conference,
  item,
  own,
  save,
  remove,
}: {
  kind: "room" | "track";
  conference: string;
  item: OrderedItem | null;
  own: OwnField;
  save: Action;
  remove?: Action;
}) {
  const t = useTranslations(kind === "room" ? "rooms" : "tracks");
  const tl = useTranslations("adminList");
  const form = useActionForm(save, item);
  const field = (name: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField label={t(name)} name={name} defaultValue={form.value(name)} error={form.error(name)} {...extra} />
  );
  return (
    <div className="space-y-4">
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference} />
        {item ? <input type="hidden" name={`$${kind}`} value={item.id} /> : null}
        {field("name", { required: true })}
        {field("nameEn")}
        {field("slug", { hint: t("slugHint"), required: true })}
        {field(own.name, {
          defaultValue: form.value(own.name) || own.fallback,
          hint: own.hint ? t(`${own.name}Hint`) : undefined,
          required: own.required,
          inputMode: own.numeric ? "numeric" : undefined,
        })}
        {field("position", {
          defaultValue: form.value("position") || "0",
          hint: t("positionHint"),
          inputMode: "numeric",
        })}
        <FormFooter pending={form.pending} message={form.message} className="sm:col-span-2" />
      </form>
      {item && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $conference: conference, [`$${kind}`]: item.id }}
          confirm={tl("confirmDelete", { name: item.name })}
        />
      ) : null}
    </div>
  );
}
