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
      <FormField label={ts("slug")} {...form.field("slug")} hint={t("slugHint")} required />
      <FormField label={ts("name")} {...form.field("name")} required />
      <FormField label={ts("startDate")} {...form.field("startDate")} type="date" required />
      <FormField label={ts("endDate")} {...form.field("endDate")} type="date" required />
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
