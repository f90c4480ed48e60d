"use client";

import { useTranslations } from "next-intl";
import { initialRows } from "@/components/admin/row-editor";
import { UnavailabilityRows, type WindowRow } from "@/components/admin/speaker-rows";
import { FormOutcome } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Action } from "@/lib/admin/action-result";

interface Props {
  speakerId: number;
  conference: { slug: string; name: string; timeZone: string; startDate: string; endDate: string };
  windows: WindowRow[];
  save: Action;
}

/** The times the speaker cannot speak at one conference, in its zone. */
export function OwnUnavailabilityForm({ speakerId, conference, windows, save }: Props) {
  const t = useTranslations("me");
  const form = useActionForm(save);
  const { state, pending } = form;
  return (
    <form action={form.action} className="space-y-3" noValidate>
      <input type="hidden" name="$speaker" value={speakerId} />
      <input type="hidden" name="$conference" value={conference.slug} />
      <p className="text-sm text-slate-700">{t("availabilityIntro", { conference: conference.name })}</p>
      <UnavailabilityRows
        initial={initialRows(state.values?.unavailability, windows)}
        error={form.error}
        timeZone={conference.timeZone}
        min={`${conference.startDate}T00:00`}
        max={`${conference.endDate}T23:59`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton
          pending={pending}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
        >
          {t("saveAvailability")}
        </SubmitButton>
        <FormOutcome
          saved={state.status === "saved" && !pending ? t("availabilitySaved") : null}
          message={form.message}
        />
      </div>
    </form>
  );
}
