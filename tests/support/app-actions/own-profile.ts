// A speaker's own page (/me): the writes and reads behind it and its actions, imported by a test after its mocks.
export { updateOwnProfile } from "@/db/mutations/own-profile";
export { updateOwnUnavailability } from "@/db/mutations/own-unavailability";
export { removeOwnPhoto, setOwnPhoto } from "@/db/mutations/speaker-photo";
export { findMyProfile } from "@/db/queries/my-profile";
export { listMySessions } from "@/db/queries/my-sessions";
export {
  removeOwnPhotoAction,
  saveOwnProfileAction,
  saveOwnUnavailabilityAction,
  uploadOwnPhotoAction,
} from "@/app/[locale]/(speaker)/me/actions";
