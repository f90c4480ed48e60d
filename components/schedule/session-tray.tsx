"use client";

import { useDraggable, useDroppable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";

/** Sessions without a time: drag one onto the grid, or select it and place it with the form. */
export function SessionTray({
  sessions,
  data,
  onSelect,
}: {
  sessions: EditorSession[];
  data: ScheduleEditorData;
  onSelect: (id: number) => void;
}) {
  const t = useTranslations("schedule");
  const { setNodeRef, isOver } = useDroppable({ id: "tray" });
  const forumName = new Map(data.forums.map((f) => [f.id, f.name]));
  return (
    <section
      ref={setNodeRef}
      aria-labelledby="tray-heading"
      className={`rounded-lg border border-dashed p-3 ${isOver ? "border-brand-600 bg-brand-50" : "border-slate-300"}`}
    >
      <h2 id="tray-heading" className="text-sm font-semibold">
        {t("tray", { count: sessions.length })}
      </h2>
      {sessions.length === 0 ? <p className="mt-1 text-sm text-slate-600">{t("trayEmpty")}</p> : null}
      <ul className="mt-2 space-y-2">
        {sessions.map((s) => (
          <TrayItem key={s.id} session={s} forum={forumName.get(s.forumId) ?? ""} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

function TrayItem({
  session,
  forum,
  onSelect,
}: {
  session: EditorSession;
  forum: string;
  onSelect: (id: number) => void;
}) {
  const { setNodeRef, listeners, attributes, transform, isDragging } = useDraggable({
    id: `session:${session.id}`,
    disabled: !session.editable,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), zIndex: isDragging ? 30 : undefined }}
      className="relative"
    >
      <button
        type="button"
        {...listeners}
        {...attributes}
        onClick={() => onSelect(session.id)}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-left text-sm"
      >
        <span className="block font-medium">{session.title}</span>
        <span className="block text-xs text-slate-600">{forum}</span>
      </button>
    </li>
  );
}
