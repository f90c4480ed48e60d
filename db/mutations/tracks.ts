// Tracks are one of a conference's lists, declared with rooms in conference-lists.ts; this path stays for the actions.
export { deleteTrack, saveTrack, trackFormSchema } from "./conference-lists";
