import type { Db } from "@/db/connection";
import type { Viewer } from "@/lib/auth/permissions";

// What the tenancy tables name: the roles they try, the two conferences, the objects of each
// (support/tenancy-fixture.ts builds them), and the strings only B holds.

/** Everyone the tenancy tables tell apart: nobody, a stranger, speakers of each conference, the person speaking at both, forum editors, organizers, an admin. */
export const roles = [
  "anonymous",
  "noRights",
  "speakerA",
  "speakerB",
  "bothSpeaker",
  "forumEditorA",
  "forumEditorB",
  "organizerA",
  "organizerB",
  "admin",
] as const;
export type Role = (typeof roles)[number];

/** Who may act on a conference's programme: its organizers (ORG_), and its forum editors with them (IN_); admins always. */
export const ORG_A: readonly Role[] = ["admin", "organizerA"];
export const ORG_B: readonly Role[] = ["admin", "organizerB"];
export const IN_A: readonly Role[] = ["admin", "organizerA", "forumEditorA"];
export const IN_B: readonly Role[] = ["admin", "organizerB", "forumEditorB"];
export const NOBODY: readonly Role[] = [];

export const A_SLUG = "china-netav-2017";
export const B_SLUG = "other-conf";
/** B's keynote keeps this guid, so files and derived guids are the same in every run. */
export const B_KEYNOTE_GUID = "b0000000-0000-4000-8000-000000000001";

export interface Tenancy {
  db: Db;
  viewers: Record<Role, Viewer | null>;
  emails: Record<Role, string | null>;
  a: {
    id: number;
    /** The 网络剧高峰论坛, organized by 咪咕 (forumEditorA's organization). */
    summitId: number;
    session: (title: string) => number;
    speaker: (slug: string) => number;
    room: (slug: string) => number;
  };
  b: {
    id: number;
    forumOrganizationId: number;
    forums: { main: number; side: number };
    rooms: { hall: number; annex: number };
    trackId: number;
    sessions: { keynote: number; draft: number; side: number; planted: number };
    speakers: { ravi: number; own: number; shared: number; panelist: number };
    invitationId: number;
    invitationToken: string;
  };
  /** The person speaking at both: one guid, a profile in each conference, one account keeping both. */
  shared: { guid: string; aSpeakerId: number; bSpeakerId: number };
}

/** Strings only B holds: any of them in something read while acting in A is a leak. */
export const B_MARKERS = [
  "Tenant B Conference",
  "B Main Forum",
  "B Side Forum",
  "B Great Hall",
  "B Annex",
  "B Track Talks",
  "B keynote on tenancy",
  "B draft nobody else sees",
  "B side talk",
  "B planted session",
  "Ravi Dwivedi",
  "Bea Speaker",
  "Bo Panelist",
  "B-only bio of 马中骏",
  "B-only unavailability",
  "ravi@tenant-b.example",
  "bspeaker-t@podium.test",
  "forum-editor-b-t@podium.test",
  // Not B's organizer's address: A may make that person an organizer of A too, and A's log then names them.
] as const;
