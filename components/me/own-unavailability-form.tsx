"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialRows } from "@/components/admin/row-editor";
import { UnavailabilityRows, type WindowRow } from "@/components/admin/speaker-rows";
import type { FormAction } from "@/lib/admin/form-result";

interface Props {
  speakerId: number;
  conference: { slug: string; name: string; timeZone: string; startDate: string; endDate: string };
  windows: WindowRow[];
  save: FormAction;
}

/** The times the speaker cannot speak at one conference, in its zone. */
export function OwnUnavailabilityForm({ speakerId, conference, windows, save }: Props) {
  const t = useTranslations("me");
  const [state, action, pending] = useActionState(save, { status: "idle" });
  const message = (m: string | undefined) => (m === "forbidden" || m === "not-found" ? t(`error.${m}`) : m);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="$speaker" value={speakerId} />
      <input type="hidden" name="$conference" value={conference.slug} />
      <p className="text-sm text-slate-700">{t("availabilityIntro", { conference: conference.name })}</p>
      <UnavailabilityRows
        initial={initialRows(state.values?.unavailability, windows)}
        error={(k) => state.fieldErrors?.[k]}
        timeZone={conference.timeZone}
        min={`${conference.startDate}T00:00`}
        max={`${conference.endDate}T23:59`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
        >
          {t("saveAvailability")}
        </button>
        {state.status === "saved" && !pending ? (
          <p role="status" className="text-sm text-green-800">
            {t("availabilitySaved")}
          </p>
        ) : null}
        {state.status === "error" ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {message(state.message)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
