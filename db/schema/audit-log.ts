import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, mentionedId } from "./columns";
import { conferences } from "./conferences";
import { users } from "./users";

/** Who changed what, when. Rows are only ever appended. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    at: createdAt(),
    userId: mentionedId(() => users.id),
    conferenceId: mentionedId(() => conferences.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    details: text({ mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_log_conference_at").on(t.conferenceId, t.at),
    index("audit_log_entity").on(t.entityType, t.entityId),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
