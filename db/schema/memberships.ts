import { index, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { conferenceRoles } from "@/lib/domain/vocabulary";
import { createdAt, ownerId } from "./columns";
import { conferences } from "./conferences";
import { organizations } from "./organizations";
import { users } from "./users";

/** Organizer rights over one conference. */
export const conferenceMemberships = sqliteTable(
  "conference_memberships",
  {
    userId: ownerId(() => users.id),
    conferenceId: ownerId(() => conferences.id),
    role: text({ enum: conferenceRoles }).notNull().default("organizer"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.conferenceId] }),
    index("conference_memberships_conference").on(t.conferenceId),
  ],
);

/** Membership of an organization; members of one of a forum's organizations are its forum editors. */
export const organizationMemberships = sqliteTable(
  "organization_memberships",
  {
    userId: ownerId(() => users.id),
    organizationId: ownerId(() => organizations.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organizationId] }),
    index("organization_memberships_organization").on(t.organizationId),
  ],
);

export type ConferenceMembership = typeof conferenceMemberships.$inferSelect;
export type OrganizationMembership = typeof organizationMemberships.$inferSelect;
