"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/admin/form-result";
import { DefaultLocaleField, TimeZoneField } from "./conference-fields";
import { FormField } from "./form-field";

/** Creates a conference from the few things it cannot do without; the rest is set on its settings page. */
export function NewConferenceForm({
  zones,
  create,
}: {
  zones: readonly string[];
  create: (s: FormState, f: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("newConference");
  const ts = useTranslations("conferenceSettings");
  const [state, action, pending] = useActionState(create, { status: "idle" });
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <FormField
        label={ts("slug")}
        name="slug"
        defaultValue={value("slug")}
        error={errors.slug}
        hint={t("slugHint")}
        required
        maxLength={80}
      />
      <FormField
        label={ts("name")}
        name="name"
        defaultValue={value("name")}
        error={errors.name}
        required
        maxLength={200}
      />
      <FormField
        label={ts("startDate")}
        name="startDate"
        type="date"
        defaultValue={value("startDate")}
        error={errors.startDate}
        required
      />
      <FormField
        label={ts("endDate")}
        name="endDate"
        type="date"
        defaultValue={value("endDate")}
        error={errors.endDate}
        required
      />
      <TimeZoneField
        label={ts("timeZone")}
        hint={ts("timeZoneHint")}
        defaultValue={value("timeZone", "Asia/Shanghai")}
        error={errors.timeZone}
        zones={zones}
      />
      <DefaultLocaleField
        label={ts("defaultLocale")}
        defaultValue={value("defaultLocale", "zh-CN")}
        error={errors.defaultLocale}
      />
      <div className="flex items-end gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {t("create")}
        </button>
        {state.status === "error" ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {state.message === "forbidden" ? t("error.forbidden") : state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
