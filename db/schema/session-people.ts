import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ownerId, requiredId } from "./columns";
import { sessionRoles } from "@/lib/domain/vocabulary";
import { sessions } from "./sessions";
import { speakers } from "./speakers";

/** Who takes part in a session, in which role, in what order. */
export const sessionPeople = sqliteTable(
  "session_people",
  {
    sessionId: ownerId(() => sessions.id),
    speakerId: requiredId(() => speakers.id),
    role: text({ enum: sessionRoles }).notNull().default("speaker"),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.speakerId, t.role] }), index("session_people_speaker").on(t.speakerId)],
);

export type SessionPerson = typeof sessionPeople.$inferSelect;
