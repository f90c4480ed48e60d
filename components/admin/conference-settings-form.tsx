"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/admin/form-result";
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
  save: FormAction;
}) {
  const t = useTranslations("conferenceSettings");
  const tl = useTranslations("adminList");
  const [state, action, pending] = useActionState(save, { status: "idle" });
  const value = (name: Exclude<keyof ConferenceSettingsValues, "published">) =>
    state.values?.[name] ?? conference[name];
  const errors = state.fieldErrors ?? {};
  const text = (
    name: Exclude<keyof ConferenceSettingsValues, "published">,
    extra: { required?: boolean; maxLength?: number; hint?: string; type?: string } = {},
  ) => <FormField label={t(name)} name={name} defaultValue={value(name)} error={errors[name]} {...extra} />;
  // An unticked checkbox sends nothing, so after an error "absent" means unticked.
  const published = state.values ? state.values.published === "on" : conference.published;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="$conference" value={conference.slug} />
      {text("name", { required: true, maxLength: 200 })}
      {text("nameEn", { maxLength: 200 })}
      {text("theme", { maxLength: 300 })}
      {text("themeEn", { maxLength: 300 })}
      {text("city", { maxLength: 100 })}
      {text("cityEn", { maxLength: 100 })}
      {text("venue", { maxLength: 200 })}
      {text("venueEn", { maxLength: 200 })}
      {text("startDate", { required: true, type: "date" })}
      {text("endDate", { required: true, type: "date" })}
      <TimeZoneField
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        defaultValue={value("timeZone")}
        error={errors.timeZone}
        zones={zones}
      />
      <DefaultLocaleField
        label={t("defaultLocale")}
        defaultValue={value("defaultLocale")}
        error={errors.defaultLocale}
      />
      {text("website", { type: "url", maxLength: 500, hint: t("websiteHint") })}
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
            {state.message === "forbidden" || state.message === "not-found"
              ? t(`error.${state.message}`)
              : state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
