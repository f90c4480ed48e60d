"use client";

import { useTranslations } from "next-intl";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import type { Conflict } from "@/lib/schedule/conflicts";

/** Every conflict of the conference in words, whichever day is shown. */
export function ConflictList({
  conflicts,
  data,
  sessions,
}: {
  conflicts: Conflict[];
  data: ScheduleEditorData;
  sessions: Map<number, EditorSession>;
}) {
  const t = useTranslations("schedule");
  const title = (id: number) => sessions.get(id)?.title ?? `#${id}`;
  const room = (id: number) => data.rooms.find((r) => r.id === id)?.name ?? `#${id}`;
  const speaker = (id: number) => data.speakers[id] ?? `#${id}`;
  const describe = (c: Conflict) => {
    switch (c.kind) {
      case "room-overlap":
        return t("conflict.room", { room: room(c.roomId), a: title(c.sessionIds[0]), b: title(c.sessionIds[1]) });
      case "speaker-overlap":
        return t("conflict.speaker", {
          speaker: speaker(c.speakerId),
          a: title(c.sessionIds[0]),
          b: title(c.sessionIds[1]),
        });
      case "outside-conference":
        return t("conflict.outsideConference", { session: title(c.sessionId) });
      case "outside-forum-day":
        return t("conflict.outsideForumDay", { session: title(c.sessionId), date: c.forumDate });
      case "speaker-unavailable":
        return t("conflict.unavailable", { speaker: speaker(c.speakerId), session: title(c.sessionId) });
    }
  };
  return (
    <section
      aria-labelledby="conflicts-heading"
      className={`rounded-lg border p-3 ${conflicts.length ? "border-red-300 bg-red-50" : "border-green-300 bg-green-50"}`}
    >
      <h2 id="conflicts-heading" className="text-sm font-semibold">
        {t("conflicts", { count: conflicts.length })}
      </h2>
      {conflicts.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900">
          {conflicts.map((c, i) => (
            <li key={i}>{describe(c)}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-green-900">{t("noConflicts")}</p>
      )}
    </section>
  );
}
