import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { snapshotToDocument } from "./from-snapshot";
import { exportScheduleJson } from "./schedule-json-export";
import { exportScheduleJson2 } from "./schedule-json2-export";
import { exportScheduleXml } from "./schedule-xml-export";

export const scheduleFormats = {
  xml: { file: "schedule.xml", contentType: "application/xml; charset=utf-8", render: exportScheduleXml },
  json: { file: "schedule.json", contentType: "application/json; charset=utf-8", render: exportScheduleJson },
  json2: { file: "schedule2.json", contentType: "application/json; charset=utf-8", render: exportScheduleJson2 },
} as const;
export type ScheduleFormat = keyof typeof scheduleFormats;

/** Part of every export ETag: bump it when an exporter's output changes, so clients drop old copies. */
export const exportFormatVersion = "schedule-2";

/**
 * A release (or the working programme) in a schedule format. `origin` is the
 * public origin the session URLs start with.
 */
export function renderSchedule(
  format: ScheduleFormat,
  snapshot: ReleaseSnapshot,
  options: { origin: string; version: string; generatedAt: Date; generatorVersion: string },
): string {
  const baseUrl = `${options.origin}/${snapshot.conference.slug}/`;
  return scheduleFormats[format].render(snapshotToDocument(snapshot, baseUrl), {
    baseUrl,
    generatedAt: options.generatedAt,
    version: options.version,
    generatorVersion: options.generatorVersion,
  });
}
