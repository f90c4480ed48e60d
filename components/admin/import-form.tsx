"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useMemo, useState, type FormEvent } from "react";
import type { ImportCounts } from "@/db/interop/import-schedule";
import { MAX_IMPORT_BYTES, type ImportFormState, type ImportRefusal } from "@/lib/interop/import-form-state";
import { FormField } from "./form-field";

type Action = (previous: ImportFormState, formData: FormData) => Promise<ImportFormState>;
const kinds = ["sessions", "speakers", "rooms", "tracks", "forums"] as const;

/**
 * Upload a schedule, see what it would do (a dry run), then import it. The
 * form is submitted by hand rather than through `action`, because React resets
 * an action form afterwards and the chosen file would be gone before "Import".
 */
export function ImportForm({ conference, action }: { conference: string; action: Action }) {
  const t = useTranslations("importSchedule");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [publish, setPublish] = useState(false);
  const refusal = state.status === "error" && state.refusal ? refusalText(t, state.refusal) : undefined;
  const fileError = tooLarge ?? refusal ?? state.fieldErrors?.file;
  const zones = useMemo(() => (state.timeZone ? ["UTC", ...Intl.supportedValuesOf("timeZone")] : []), [state.timeZone]);
  const summary = state.status === "saved" ? state.summary : undefined;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <input type="hidden" name="$conference" value={conference} />
        <div>
          <label htmlFor="field-file" className="block text-sm font-medium text-slate-800">
            {t("file")}
          </label>
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
                  ? t("tooLarge", { size: (file.size / 1024 / 1024).toFixed(1) })
                  : null,
              );
            }}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
          />
          <p id="field-file-hint" className="mt-1 text-xs text-slate-600">
            {t("fileHint")}
          </p>
          {fileError ? (
            <p id="field-file-error" role="alert" className="mt-1 text-sm font-medium text-red-800">
              {fileError}
            </p>
          ) : null}
        </div>
        {state.timeZone ? (
          <div>
            <label htmlFor="field-time-zone" className="block text-sm font-medium text-slate-800">
              {t("timeZone")}
            </label>
            <select
              id="field-time-zone"
              name="timeZone"
              defaultValue={state.timeZone}
              key={state.timeZone}
              aria-describedby="field-time-zone-hint"
              className="mt-1 block w-72 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              {(zones.includes(state.timeZone) ? zones : [state.timeZone, ...zones]).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
            <p id="field-time-zone-hint" className="mt-1 text-xs text-slate-600">
              {t("timeZoneHint", { zone: state.timeZone })}
            </p>
          </div>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="publish" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
            {t("publish")}
          </label>
          {publish ? (
            <div className="w-48">
              <FormField
                label={t("version")}
                name="version"
                required
                maxLength={40}
                error={state.fieldErrors?.version}
              />
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={pending || tooLarge !== null}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
          >
            {t("preview")}
          </button>
          <button
            type="submit"
            name="intent"
            value="apply"
            disabled={pending || tooLarge !== null}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
          >
            {t("apply")}
          </button>
        </div>
        {state.status === "error" && state.message ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {state.message === "forbidden" ? t("forbidden") : state.message}
          </p>
        ) : null}
      </form>

      {summary ? (
        <section
          role="status"
          aria-labelledby="import-result"
          className={`rounded-lg border p-4 text-sm ${summary.dryRun ? "border-amber-300 bg-amber-50" : "border-green-300 bg-green-50"}`}
        >
          <h2 id="import-result" className="font-semibold">
            {summary.dryRun
              ? t("previewTitle", { file: state.fileName ?? "" })
              : t("doneTitle", { file: state.fileName ?? "" })}
          </h2>
          <p className="mt-1">{t("events", { count: state.events ?? 0 })}</p>
          <table className="mt-3 text-left">
            <caption className="sr-only">{t("countsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4">
                  <span className="sr-only">{t("countsCaption")}</span>
                </th>
                {kinds.map((k) => (
                  <th key={k} scope="col" className="pr-4 font-medium">
                    {t(`kinds.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {(["created", "updated", "unchanged"] as const).map((row) => (
                <Row
                  key={row}
                  label={t(summary.dryRun && row !== "unchanged" ? `would.${row}` : row)}
                  counts={summary[row]}
                />
              ))}
            </tbody>
          </table>
          {summary.ignored.length ? (
            <details className="mt-3">
              <summary>{t("ignored", { count: summary.ignored.length })}</summary>
              <ul className="mt-1 list-disc pl-5">
                {summary.ignored.map((i) => (
                  <li key={`${i.what}-${i.where}`}>
                    {i.what} ×{i.count} <span className="text-slate-600">({i.where})</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {summary.decisions.length ? (
            <details className="mt-3" open={summary.dryRun}>
              <summary>{t("decisions", { count: summary.decisions.length })}</summary>
              <ul className="mt-1 list-disc pl-5">
                {summary.decisions.map((i) => (
                  <li key={`${i.what}-${i.where}`}>
                    {i.what} ×{i.count} <span className="text-slate-600">({t("firstAt", { where: i.where })})</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {summary.notes.map((n) => (
            <p key={n} className="mt-2">
              {n}
            </p>
          ))}
          {summary.release ? <p className="mt-2 font-medium">{t("published", { version: summary.release })}</p> : null}
          <p className="mt-2 text-slate-600">{t("took", { seconds: (summary.durationMs / 1000).toFixed(2) })}</p>
        </section>
      ) : null}
    </div>
  );
}

function Row({ label, counts }: { label: string; counts: ImportCounts }) {
  return (
    <tr>
      <th scope="row" className="pr-4 text-left font-medium">
        {label}
      </th>
      {kinds.map((k) => (
        <td key={k} className="pr-4">
          {counts[k]}
        </td>
      ))}
    </tr>
  );
}

function refusalText(t: ReturnType<typeof useTranslations<"importSchedule">>, refusal: ImportRefusal): string {
  switch (refusal.key) {
    case "tooLarge":
      return t("tooLarge", { size: refusal.size });
    case "cellTooLong":
      return t("cellTooLong", { line: refusal.line, max: refusal.max });
    default:
      return t(refusal.key);
  }
}
