import { relations } from "drizzle-orm";
import { conferences } from "./conferences";
import { forumOrganizations } from "./forum-organizations";
import { forums } from "./forums";
import { conferenceMemberships, organizationMemberships } from "./memberships";
import { organizations } from "./organizations";
import { releases } from "./releases";
import { rooms } from "./rooms";
import { sessionPeople } from "./session-people";
import { sessions } from "./sessions";
import { speakers } from "./speakers";
import { tracks } from "./tracks";
import { users } from "./users";

export const conferencesRelations = relations(conferences, ({ many }) => ({
  forums: many(forums),
  rooms: many(rooms),
  tracks: many(tracks),
  releases: many(releases),
  memberships: many(conferenceMemberships),
}));

export const forumsRelations = relations(forums, ({ one, many }) => ({
  conference: one(conferences, { fields: [forums.conferenceId], references: [conferences.id] }),
  organizations: many(forumOrganizations),
  sessions: many(sessions),
}));

export const forumOrganizationsRelations = relations(forumOrganizations, ({ one }) => ({
  forum: one(forums, { fields: [forumOrganizations.forumId], references: [forums.id] }),
  organization: one(organizations, { fields: [forumOrganizations.organizationId], references: [organizations.id] }),
}));

export const organizationsRelations = relations(organizations, ({ one, many }) => ({
  parent: one(organizations, { fields: [organizations.parentId], references: [organizations.id] }),
  forumOrganizations: many(forumOrganizations),
  members: many(organizationMemberships),
}));

export const roomsRelations = relations(rooms, ({ one, many }) => ({
  conference: one(conferences, { fields: [rooms.conferenceId], references: [conferences.id] }),
  sessions: many(sessions),
}));

export const tracksRelations = relations(tracks, ({ one, many }) => ({
  conference: one(conferences, { fields: [tracks.conferenceId], references: [conferences.id] }),
  sessions: many(sessions),
}));

export const sessionsRelations = relations(sessions, ({ one, many }) => ({
  forum: one(forums, { fields: [sessions.forumId], references: [forums.id] }),
  room: one(rooms, { fields: [sessions.roomId], references: [rooms.id] }),
  track: one(tracks, { fields: [sessions.trackId], references: [tracks.id] }),
  people: many(sessionPeople),
}));

export const sessionPeopleRelations = relations(sessionPeople, ({ one }) => ({
  session: one(sessions, { fields: [sessionPeople.sessionId], references: [sessions.id] }),
  speaker: one(speakers, { fields: [sessionPeople.speakerId], references: [speakers.id] }),
}));

export const speakersRelations = relations(speakers, ({ one, many }) => ({
  organizationRef: one(organizations, { fields: [speakers.organizationId], references: [organizations.id] }),
  user: one(users, { fields: [speakers.userId], references: [users.id] }),
  sessions: many(sessionPeople),
}));

export const releasesRelations = relations(releases, ({ one }) => ({
  conference: one(conferences, { fields: [releases.conferenceId], references: [conferences.id] }),
}));

export const conferenceMembershipsRelations = relations(conferenceMemberships, ({ one }) => ({
  user: one(users, { fields: [conferenceMemberships.userId], references: [users.id] }),
  conference: one(conferences, { fields: [conferenceMemberships.conferenceId], references: [conferences.id] }),
}));

export const organizationMembershipsRelations = relations(organizationMemberships, ({ one }) => ({
  user: one(users, { fields: [organizationMemberships.userId], references: [users.id] }),
  organization: one(organizations, {
    fields: [organizationMemberships.organizationId],
    references: [organizations.id],
  }),
}));
