"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { DefaultLocaleField, TimeZoneField } from "./conference-fields";
import { FormField } from "./form-field";

export interface ConferenceSettingsValues {
  slug: string;
  name: string;
  nameEn: string;
  theme: string;
  themeEn: string;
  city: string;
  cityEn: string;
  venue: string;
  venueEn: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  defaultLocale: string;
  website: string;
  published: boolean;
}

/** A conference's settings; errors beside the fields, typed values kept. */
export function ConferenceSettingsForm({
  conference,
  zones,
  save,
}: {
  conference: ConferenceSettingsValues;
  zones: readonly string[];
  save: Action;
}) {
  const t = useTranslations("conferenceSettings");
  const { published: savedPublished, ...saved } = conference;
  const form = useActionForm(save, saved);
  const text = (
    name: Exclude<keyof ConferenceSettingsValues, "published">,
    extra: { required?: boolean; hint?: string; type?: string } = {},
  ) => <FormField label={t(name)} {...form.field(name)} {...extra} />;
  // An unticked checkbox sends nothing, so after an error "absent" means unticked.
  const published = form.state.values ? form.state.values.published === "on" : savedPublished;
  return (
    <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="$conference" value={conference.slug} />
      {text("name", { required: true })}
      {text("nameEn")}
      {text("theme")}
      {text("themeEn")}
      {text("city")}
      {text("cityEn")}
      {text("venue")}
      {text("venueEn")}
      {text("startDate", { required: true, type: "date" })}
      {text("endDate", { required: true, type: "date" })}
      <TimeZoneField
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        defaultValue={form.value("timeZone")}
        error={form.error("timeZone")}
        zones={zones}
      />
      <DefaultLocaleField
        label={t("defaultLocale")}
        defaultValue={form.value("defaultLocale")}
        error={form.error("defaultLocale")}
      />
      {text("website", { type: "url", hint: t("websiteHint") })}
      {text("slug", { required: true, hint: t("slugHint") })}
      <div className="sm:col-span-2">
        <label className="flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            name="published"
            defaultChecked={published}
            key={String(published)}
            aria-describedby="field-published-hint"
            className="size-4"
          />
          {t("published")}
        </label>
        <p id="field-published-hint" className="mt-1 text-xs text-slate-600">
          {t("publishedHint")}
        </p>
      </div>
      <FormFooter pending={form.pending} message={form.message} className="sm:col-span-2" />
    </form>
  );
}
