"use client";

import { useTranslations } from "next-intl";
import { speakerLinkKinds, type SpeakerLinkKind } from "@/lib/domain/vocabulary";
import { EditableRow, RowError, rowButton, rowControl, rowInvalid, RowSelect, useRows } from "./row-editor";

export type LinkRow = { kind: SpeakerLinkKind; url: string };
export type WindowRow = { startsAt: string; endsAt: string; note: string };
type Errors = (key: string) => string | undefined;

/** A speaker's links, one kind and address per row. */
export function LinkRows({ initial, error }: { initial: LinkRow[]; error: Errors }) {
  const t = useTranslations("speakersAdmin");
  const links = useRows(initial);
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium text-slate-800">{t("links")}</legend>
      <input type="hidden" name="links" value={JSON.stringify(links.rows)} />
      <ol className="mt-2 space-y-2">
        {links.rows.map((l, i) => {
          const rowError = error(`links.${i}.url`) ?? error(`links.${i}.kind`);
          return (
            <EditableRow
              key={i}
              errorId={`link-${i}-error`}
              error={rowError}
              onRemove={() => links.remove(i)}
              remove={t("remove")}
            >
              <RowSelect
                aria-label={`${t("linkKind")} (${t("row", { number: i + 1 })})`}
                value={l.kind}
                values={speakerLinkKinds}
                label={(k) => t(`linkKinds.${k}`)}
                onPick={(kind) => links.update(i, { kind })}
              />
              <input
                type="url"
                aria-label={`${t("linkUrl")} (${t("row", { number: i + 1 })})`}
                value={l.url}
                onChange={(e) => links.update(i, { url: e.target.value })}
                placeholder="https://"
                {...rowInvalid(`link-${i}-error`, rowError)}
                className={`${rowControl} min-w-72 flex-1`}
              />
            </EditableRow>
          );
        })}
      </ol>
      <button type="button" onClick={() => links.add({ kind: "website", url: "" })} className={`${rowButton} mt-2`}>
        + {t("addLink")}
      </button>
      <RowError id="links-error" error={error("links")} />
    </fieldset>
  );
}

/** Times the speaker cannot be scheduled at this conference, as local date-times of its zone. */
export function UnavailabilityRows({
  initial,
  error,
  timeZone,
  min,
  max,
}: {
  initial: WindowRow[];
  error: Errors;
  timeZone: string;
  min: string;
  max: string;
}) {
  const t = useTranslations("speakersAdmin");
  const windows = useRows(initial);
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium text-slate-800">{t("unavailability")}</legend>
      <p className="mt-1 text-xs text-slate-600">{t("unavailabilityHint", { zone: timeZone })}</p>
      <input type="hidden" name="unavailability" value={JSON.stringify(windows.rows)} />
      <ol className="mt-2 space-y-2">
        {windows.rows.map((w, i) => {
          const rowError =
            error(`unavailability.${i}.startsAt`) ??
            error(`unavailability.${i}.endsAt`) ??
            error(`unavailability.${i}.note`);
          const row = t("row", { number: i + 1 });
          const moment = (field: "startsAt" | "endsAt", label: string) => (
            <input
              type="datetime-local"
              aria-label={`${label} (${row})`}
              value={w[field]}
              min={min}
              max={max}
              onChange={(e) => windows.update(i, { [field]: e.target.value })}
              {...rowInvalid(`window-${i}-error`, rowError)}
              className={rowControl}
            />
          );
          return (
            <EditableRow
              key={i}
              errorId={`window-${i}-error`}
              error={rowError}
              onRemove={() => windows.remove(i)}
              remove={t("remove")}
            >
              {moment("startsAt", t("from"))}
              <span aria-hidden="true">–</span>
              {moment("endsAt", t("until"))}
              <input
                aria-label={`${t("note")} (${row})`}
                placeholder={t("note")}
                value={w.note}
                onChange={(e) => windows.update(i, { note: e.target.value })}
                className={`${rowControl} flex-1`}
              />
            </EditableRow>
          );
        })}
      </ol>
      <button
        type="button"
        // A new row starts empty: a pre-filled day saved by one stray click made a speaker unavailable
        // all day. Empty ends are refused beside the row, so nothing is saved until both are chosen.
        onClick={() => windows.add({ startsAt: "", endsAt: "", note: "" })}
        className={`${rowButton} mt-2`}
      >
        + {t("addWindow")}
      </button>
      <RowError id="unavailability-error" error={error("unavailability")} />
    </fieldset>
  );
}
