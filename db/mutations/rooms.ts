// Rooms are one of a conference's lists, declared with tracks in conference-lists.ts; this path stays for the actions.
export { deleteRoom, roomFormSchema, saveRoom } from "./conference-lists";
