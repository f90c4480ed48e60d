"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type RefObject } from "react";
import type { RoomView } from "@/lib/schedule/editor-layout";
import type { Edit } from "@/lib/schedule/undo-history";
import type { Zoom } from "./editor-grid";

/** Undo and redo, and how much of a large grid to show: a room filter, empty rooms hidden, a compact zoom. */
export function EditorToolbar({
  lastDone,
  lastUndone,
  onUndo,
  onRedo,
  view,
  onView,
  zoom,
  onZoom,
  shown,
  total,
}: {
  lastDone: Edit | undefined;
  lastUndone: Edit | undefined;
  onUndo: () => void;
  onRedo: () => void;
  view: RoomView;
  onView: (view: RoomView) => void;
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  shown: number;
  total: number;
}) {
  const t = useTranslations("schedule");
  const undo = useRef<HTMLButtonElement>(null);
  const redo = useRef<HTMLButtonElement>(null);
  // A button disabled under focus would swallow the next keys (Ctrl+Y too): focus moves to the other one.
  useEffect(() => {
    if (!lastDone && document.activeElement === undo.current) redo.current?.focus();
    if (!lastUndone && document.activeElement === redo.current) undo.current?.focus();
  }, [lastDone, lastUndone]);
  return (
    <div role="group" aria-label={t("tools")} className="mt-2 flex flex-wrap items-end gap-x-5 gap-y-2 text-sm">
      <div className="flex gap-1">
        <HistoryButton ref={undo} name="undo" edit={lastDone} onClick={onUndo} shortcut="Control+Z" />
        <HistoryButton ref={redo} name="redo" edit={lastUndone} onClick={onRedo} shortcut="Control+Shift+Z Control+Y" />
      </div>
      <label className="block">
        <span className="block font-medium">{t("roomFilter")}</span>
        <input
          type="search"
          value={view.query}
          onChange={(e) => onView({ ...view, query: e.target.value })}
          className="mt-1 block w-48 rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <label className="flex items-center gap-2 py-1.5">
        <input
          type="checkbox"
          checked={view.hideEmpty}
          onChange={(e) => onView({ ...view, hideEmpty: e.target.checked })}
        />
        {t("hideEmptyRooms")}
      </label>
      <fieldset className="flex items-center gap-3 py-1.5">
        <legend className="sr-only">{t("zoom")}</legend>
        <span aria-hidden="true" className="font-medium">
          {t("zoom")}
        </span>
        {(["normal", "compact"] as const).map((z) => (
          <label key={z} className="flex items-center gap-1">
            <input type="radio" name="schedule-zoom" checked={zoom === z} onChange={() => onZoom(z)} />
            {t(`zoomLevel.${z}`)}
          </label>
        ))}
      </fieldset>
      <p className="py-1.5 text-slate-600" aria-live="polite">
        {shown === 0 ? t("noRoomShown", { total }) : t("roomsShown", { shown, total })}
      </p>
    </div>
  );
}

/** Undo or redo: disabled while there is nothing to take back or do again; its title names the edit. */
function HistoryButton({
  ref,
  name,
  edit,
  onClick,
  shortcut,
}: {
  ref: RefObject<HTMLButtonElement | null>;
  name: "undo" | "redo";
  edit: Edit | undefined;
  onClick: () => void;
  shortcut: string;
}) {
  const t = useTranslations("schedule");
  return (
    <button
      ref={ref}
      type="button"
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400"
      disabled={!edit}
      onClick={onClick}
      aria-keyshortcuts={shortcut}
      title={edit ? t(`${name}What`, { title: edit.title }) : undefined}
    >
      {name === "undo" ? "↶" : "↷"} {t(name)}
    </button>
  );
}
