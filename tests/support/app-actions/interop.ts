// Schedule and speaker files in and out of a conference, for a test to import after its mocks.
export { exportConference } from "@/db/interop/export-conference";
export { importSchedule } from "@/db/interop/import-schedule";
export { importSpeakers } from "@/db/interop/import-speakers";
export { parseSpeakersCsv } from "@/lib/interop/csv-import";
export { guidInConference } from "@/lib/interop/import-plan";
export { isSpeakersCsv, parseSchedule } from "@/lib/interop/parse-schedule";
export { MissingTimeZoneError } from "@/lib/interop/zone-reader";
export { importScheduleAction } from "@/app/[locale]/(workspace)/admin/[conference]/import/actions";
