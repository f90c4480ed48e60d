// Sessions and their placement in the schedule editor, for a test to import after its mocks.
export { deleteSession } from "@/db/mutations/sessions/delete-session";
export { saveSession } from "@/db/mutations/sessions/save-session";
export { scheduleSession } from "@/db/mutations/sessions/schedule-session";
export { loadScheduleEditor } from "@/db/queries/schedule-editor";
export { findSessionEditor, listSessions, loadSessionEditorOptions } from "@/db/queries/sessions";
export { moveSessionAction } from "@/app/[locale]/(workspace)/admin/[conference]/schedule/actions";
export { deleteSessionAction, saveSessionAction } from "@/app/[locale]/(workspace)/admin/[conference]/sessions/actions";
