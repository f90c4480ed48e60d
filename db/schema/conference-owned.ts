import { text } from "drizzle-orm/sqlite-core";
import { id, ownerId } from "./columns";
import { conferences } from "./conferences";

/** The key of a row of one conference: every conference is a tenant, and its rows are deleted with it. */
export const conferenceOwned = () => ({
  id: id(),
  conferenceId: ownerId(() => conferences.id),
});

/** An item of a list a conference keeps for its sessions to pick from (rooms, tracks): named, its slug unique there. */
export const conferenceListItem = () => ({
  ...conferenceOwned(),
  slug: text().notNull(),
  name: text().notNull(),
});
