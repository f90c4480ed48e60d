"use client";

import { useTranslations } from "next-intl";
import { startTransition, useMemo, useState, type FormEvent, type ReactNode } from "react";
import type { Action } from "@/lib/admin/action-result";
import { describeRefusal, type Say } from "@/lib/interop/import-report";
import { type ImportOutcome, MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "@/lib/interop/import-upload";
import { FormAlert } from "@/components/ui/form-alert";
import { buttonLooks, SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormField } from "./form-field";
import { ImportResult } from "./import-result";

/**
 * Upload a schedule, see what it would do (a dry run), then import it. The
 * form is submitted by hand rather than through `action`, because React resets
 * an action form afterwards and the chosen file would be gone before "Import".
 * Refusals, decisions and ignored content read in the viewer's language.
 */
export function ImportForm({ conference, action }: { conference: string; action: Action<ImportOutcome> }) {
  const t = useTranslations("importSchedule");
  const tp = useTranslations("problems");
  const report = useTranslations("importReport") as Say;
  const form = useActionForm(action);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [publish, setPublish] = useState(false);
  const outcome = form.state.data;
  const refusal = outcome && "refusal" in outcome ? describeRefusal(report, outcome.refusal) : undefined;
  const fileError = tooLarge ?? refusal ?? form.error("file");
  const pickedZone = outcome && "summary" in outcome ? outcome.timeZone : undefined;
  const zones = useMemo(() => (pickedZone ? ["UTC", ...Intl.supportedValuesOf("timeZone")] : []), [pickedZone]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => form.action(data));
  };
  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <input type="hidden" name="$conference" value={conference} />
        <Labelled id="field-file" label={t("file")} hint={t("fileHint")} error={fileError}>
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".xml,.json,.ics,.csv,application/xml,text/xml,application/json,text/calendar,text/csv"
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`field-file-hint${fileError ? " field-file-error" : ""}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              setTooLarge(
                file && file.size > MAX_IMPORT_BYTES
                  ? tp("fileTooLarge", { size: (file.size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_MB })
                  : null,
              );
            }}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
          />
        </Labelled>
        {pickedZone ? (
          <Labelled id="field-time-zone" label={t("timeZone")} hint={t("timeZoneHint", { zone: pickedZone })}>
            <select
              id="field-time-zone"
              name="timeZone"
              defaultValue={pickedZone}
              key={pickedZone}
              aria-describedby="field-time-zone-hint"
              className="mt-1 block w-72 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              {(zones.includes(pickedZone) ? zones : [pickedZone, ...zones]).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </Labelled>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="publish" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
            {t("publish")}
          </label>
          {publish ? (
            <div className="w-48">
              <FormField label={t("version")} name="version" required error={form.error("version")} />
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-3">
          {(["preview", "apply"] as const).map((intent) => (
            <SubmitButton
              key={intent}
              name="intent"
              value={intent}
              pending={form.pending}
              disabled={tooLarge !== null}
              className={
                intent === "apply"
                  ? buttonLooks.primary
                  : "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
              }
            >
              {t(intent)}
            </SubmitButton>
          ))}
        </div>
        <FormAlert message={form.state.fields ? null : form.message} />
        <FormAlert message={form.error("timeZone")} />
      </form>
      {outcome && "summary" in outcome ? (
        <ImportResult summary={outcome.summary} fileName={outcome.fileName} events={outcome.events} />
      ) : null}
    </div>
  );
}

/** A field's label above it, its hint and its error below; the error is announced as it appears. */
function Labelled(props: { id: string; label: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children}
      <p id={`${props.id}-hint`} className="mt-1 text-xs text-slate-600">
        {props.hint}
      </p>
      {props.error ? (
        <p id={`${props.id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
