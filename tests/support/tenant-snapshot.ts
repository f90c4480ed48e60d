import type { Db } from "@/db/connection";

// Everything that is one conference's, read with a few plain SELECTs: comparing two of
// these tells whether anything of that conference changed (updated_at included, so a
// write that stores the same values is seen too).
const forumsOf = "select id from forums where conference_id = :c";
const speakersOf = "select id from speakers where conference_id = :c";
const forumOrganizationsOf = `select organization_id from forum_organizations where forum_id in (${forumsOf})`;

const queries = {
  conference: "select * from conferences where id = :c",
  forums: "select * from forums where conference_id = :c order by id",
  forumOrganizations: `select * from forum_organizations where forum_id in (${forumsOf}) order by forum_id, organization_id, role`,
  organizations: `select * from organizations where id in (${forumOrganizationsOf}) order by id`,
  organizationMemberships: `select * from organization_memberships where organization_id in (${forumOrganizationsOf}) order by organization_id, user_id`,
  rooms: "select * from rooms where conference_id = :c order by id",
  tracks: "select * from tracks where conference_id = :c order by id",
  sessions: `select * from sessions where forum_id in (${forumsOf}) order by id`,
  // Rows that tie anything to this conference's sessions or speakers, wherever the other end is.
  sessionPeople: `select * from session_people where session_id in (select id from sessions where forum_id in (${forumsOf})) or speaker_id in (${speakersOf}) order by session_id, speaker_id, role`,
  speakers: "select * from speakers where conference_id = :c order by id",
  unavailability: `select * from speaker_unavailability where conference_id = :c or speaker_id in (${speakersOf}) order by id`,
  invitations: `select * from invitations where speaker_id in (${speakersOf}) order by id`,
  releases: "select * from releases where conference_id = :c order by id",
  searchDocuments:
    "select release_id, kind, ref, title, subtitle, body from search_documents where release_id in (select id from releases where conference_id = :c) order by release_id, kind, ref",
  conferenceMemberships: "select * from conference_memberships where conference_id = :c order by user_id",
  auditEntries: "select * from audit_log where conference_id = :c order by id",
} as const;

export type TenantSnapshot = Record<keyof typeof queries, unknown[]>;

/** One conference's rows, all of them, as they are now. */
export function snapshotConference(db: Db, conferenceId: number): TenantSnapshot {
  const out = {} as TenantSnapshot;
  for (const [name, sql] of Object.entries(queries))
    out[name as keyof typeof queries] = db.$client.prepare(sql).all({ c: conferenceId });
  return out;
}

/** The tables whose rows differ between two snapshots, for a readable failure. */
export function changedTables(before: TenantSnapshot, after: TenantSnapshot): string[] {
  return Object.keys(before).filter(
    (k) => JSON.stringify(before[k as keyof TenantSnapshot]) !== JSON.stringify(after[k as keyof TenantSnapshot]),
  );
}
