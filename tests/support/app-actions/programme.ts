// A conference's forums, rooms and tracks (and the organizations a forum picks from), for a test to import
// after its mocks.
export { deleteForum, saveForum } from "@/db/mutations/forums";
export { deleteRoom, saveRoom } from "@/db/mutations/rooms";
export { deleteTrack, saveTrack } from "@/db/mutations/tracks";
export { listForums } from "@/db/queries/forums";
export { listOrganizationChoices } from "@/db/queries/organization-choices";
export { listRooms } from "@/db/queries/rooms";
export { listTracks } from "@/db/queries/tracks";
export { deleteForumAction, saveForumAction } from "@/app/[locale]/(workspace)/admin/[conference]/forums/actions";
export { deleteRoomAction, saveRoomAction } from "@/app/[locale]/(workspace)/admin/[conference]/rooms/actions";
export { deleteTrackAction, saveTrackAction } from "@/app/[locale]/(workspace)/admin/[conference]/tracks/actions";
