// Speaker profiles in the workspace: their data functions and actions, for a test to import after its mocks.
export { deleteSpeaker } from "@/db/mutations/speakers/delete-speaker";
export { saveSpeaker } from "@/db/mutations/speakers/save-speaker";
export { findConferenceTimeZone, findSpeakerEditor, listSpeakers, searchSpeakers } from "@/db/queries/speakers";
export { searchSpeakersAction } from "@/app/[locale]/(workspace)/admin/[conference]/sessions/actions";
export { deleteSpeakerAction, saveSpeakerAction } from "@/app/[locale]/(workspace)/admin/[conference]/speakers/actions";
