"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import { instantToLocalTime, zonedToInstant } from "@/lib/time/zoned";
import type { Placement } from "@/lib/schedule/move-queue";
import { SelectOptions } from "@/components/ui/select-options";

/** The keyboard- and screen-reader-friendly way to place a session: room, start and length as form fields. */
export function PlacementForm({
  session,
  data,
  day,
  trayLength,
  onPlace,
  onClose,
}: {
  session: EditorSession;
  data: ScheduleEditorData;
  day: string;
  /** The length a session from the tray starts with: the one it had before it was sent there. */
  trayLength: number;
  onPlace: (p: Placement) => void;
  onClose: () => void;
}) {
  const t = useTranslations("schedule");
  const tz = data.conference.timeZone;
  const [roomId, setRoomId] = useState(String(session.roomId ?? data.rooms[0]?.id ?? ""));
  const [start, setStart] = useState(session.startsAt ? instantToLocalTime(new Date(session.startsAt), tz) : "09:00");
  const [minutes, setMinutes] = useState(
    session.startsAt && session.endsAt
      ? String((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000)
      : String(trayLength),
  );
  const [error, setError] = useState<string | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const length = Number(minutes);
    if (!/^\d{2}:\d{2}$/.test(start)) return setError(t("badStart"));
    if (!Number.isInteger(length) || length < 5 || length > 24 * 60 || length % 5 !== 0)
      return setError(t("badLength"));
    setError(null);
    const startsAt = zonedToInstant(`${day}T${start}`, tz);
    onPlace({
      roomId: Number(roomId),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + length * 60_000).toISOString(),
    });
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-2 rounded-lg border border-slate-200 p-3"
      aria-labelledby="placement-heading"
    >
      <h2 id="placement-heading" className="text-sm font-semibold">
        {session.title}
      </h2>
      {!session.editable ? <p className="text-sm text-slate-600">{t("readOnly")}</p> : null}
      <fieldset disabled={!session.editable} className="space-y-2">
        <label className="block text-sm">
          <span className="font-medium">{t("room")}</span>
          <select
            value={roomId}
            onChange={(e) => setRoomId(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          >
            <SelectOptions options={data.rooms.map((r) => ({ value: r.id, label: r.name }))} />
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium">{t("start", { day })}</span>
          <input
            type="time"
            step={300}
            value={start}
            onChange={(e) => setStart(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="block text-sm">
          <span className="font-medium">{t("length")}</span>
          <input
            type="number"
            min={5}
            step={5}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "placement-error" : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        {error ? (
          <p id="placement-error" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
            {t("place")}
          </button>
          {session.startsAt ? (
            <button
              type="button"
              onClick={() => onPlace({ roomId: null, startsAt: null, endsAt: null })}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            >
              {t("toTray")}
            </button>
          ) : null}
          <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 text-sm text-slate-700 underline">
            {t("close")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
