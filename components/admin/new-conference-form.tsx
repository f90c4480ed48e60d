"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { DefaultLocaleField, TimeZoneField } from "./conference-fields";
import { FormField } from "./form-field";

/** Creates a conference from the few things it cannot do without; the rest is set on its settings page. */
export function NewConferenceForm({ zones, create }: { zones: readonly string[]; create: Action }) {
  const t = useTranslations("newConference");
  const ts = useTranslations("conferenceSettings");
  const form = useActionForm(create, { timeZone: "Asia/Shanghai", defaultLocale: "zh-CN" });
  const value = form.value;
  return (
    <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <FormField
        label={ts("slug")}
        name="slug"
        defaultValue={value("slug")}
        error={form.error("slug")}
        hint={t("slugHint")}
        required
      />
      <FormField label={ts("name")} name="name" defaultValue={value("name")} error={form.error("name")} required />
      <FormField
        label={ts("startDate")}
        name="startDate"
        type="date"
        defaultValue={value("startDate")}
        error={form.error("startDate")}
        required
      />
      <FormField
        label={ts("endDate")}
        name="endDate"
        type="date"
        defaultValue={value("endDate")}
        error={form.error("endDate")}
        required
      />
      <TimeZoneField
        label={ts("timeZone")}
        hint={ts("timeZoneHint")}
        defaultValue={value("timeZone")}
        error={form.error("timeZone")}
        zones={zones}
      />
      <DefaultLocaleField
        label={ts("defaultLocale")}
        defaultValue={value("defaultLocale")}
        error={form.error("defaultLocale")}
      />
      <FormFooter pending={form.pending} message={form.message} label={t("create")} className="sm:col-span-2" />
    </form>
  );
}
