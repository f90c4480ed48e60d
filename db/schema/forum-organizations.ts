import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ownerId, requiredId } from "./columns";
import { forumOrganizationRoles } from "@/lib/domain/vocabulary";
import { forums } from "./forums";
import { organizations } from "./organizations";

/** The organizations behind a forum and in what capacity (主办, 承办, 协办, sponsor). */
export const forumOrganizations = sqliteTable(
  "forum_organizations",
  {
    forumId: ownerId(() => forums.id),
    organizationId: requiredId(() => organizations.id),
    role: text({ enum: forumOrganizationRoles }).notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.forumId, t.organizationId, t.role] }),
    index("forum_organizations_organization").on(t.organizationId),
  ],
);

export type ForumOrganization = typeof forumOrganizations.$inferSelect;
