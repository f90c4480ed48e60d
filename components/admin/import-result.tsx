"use client";

import { useTranslations } from "next-intl";
import { describeNote, describePlace, type ImportNote, type Say } from "@/lib/interop/import-report";
import type { ImportCounts, ImportSummary } from "@/lib/interop/import-summary";

/** The table's columns: what an organizer looks for first. */
const columns = ["sessions", "speakers", "rooms", "tracks", "forums"] as const;

/** What an import did, or in a preview would do: counts by kind, then what it ignored and decided, in the viewer's words. */
export function ImportResult({
  summary,
  fileName,
  events,
}: {
  summary: ImportSummary;
  fileName: string;
  events: number;
}) {
  const t = useTranslations("importSchedule");
  const say = useTranslations("importReport") as Say;
  return (
    <section
      role="status"
      aria-labelledby="import-result"
      className={`rounded-lg border p-4 text-sm ${summary.dryRun ? "border-amber-300 bg-amber-50" : "border-green-300 bg-green-50"}`}
    >
      <h2 id="import-result" className="font-semibold">
        {summary.dryRun ? t("previewTitle", { file: fileName }) : t("doneTitle", { file: fileName })}
      </h2>
      <p className="mt-1">{t("events", { count: events })}</p>
      <table className="mt-3 text-left">
        <caption className="sr-only">{t("countsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4">
              <span className="sr-only">{t("countsCaption")}</span>
            </th>
            {columns.map((k) => (
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
      <Notes title={t("ignored", { count: summary.ignored.length })} notes={summary.ignored} say={say} />
      <Notes
        title={t("decisions", { count: summary.decisions.length })}
        notes={summary.decisions}
        say={say}
        open={summary.dryRun}
      />
      {summary.notes.map((note) => (
        <p key={JSON.stringify([note.code, note.values])} className="mt-2">
          {describeNote(say, note)}
        </p>
      ))}
      {summary.release ? <p className="mt-2 font-medium">{t("published", { version: summary.release })}</p> : null}
      <p className="mt-2 text-slate-600">{t("took", { seconds: (summary.durationMs / 1000).toFixed(2) })}</p>
    </section>
  );
}

/** One kind of note a line: what, how often, where it first occurred. */
function Notes({ title, notes, say, open }: { title: string; notes: ImportNote[]; say: Say; open?: boolean }) {
  const t = useTranslations("importSchedule");
  if (notes.length === 0) return null;
  return (
    <details className="mt-3" open={open}>
      <summary>{title}</summary>
      <ul className="mt-1 list-disc pl-5">
        {notes.map((note) => (
          <li key={JSON.stringify([note.code, note.values])}>
            {describeNote(say, note)} ×{note.count}
            <span className="text-slate-600">{t("firstAt", { where: describePlace(say, note.at) })}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Row({ label, counts }: { label: string; counts: ImportCounts }) {
  return (
    <tr>
      <th scope="row" className="pr-4 text-left font-medium">
        {label}
      </th>
      {columns.map((k) => (
        <td key={k} className="pr-4">
          {counts[k]}
        </td>
      ))}
    </tr>
  );
}
