import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./columns";
import { conferences } from "./conferences";
import { users } from "./users";

/** Who changed what, when. Rows are only ever appended. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    at: createdAt(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    conferenceId: integer().references(() => conferences.id, { onDelete: "set null" }),
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
