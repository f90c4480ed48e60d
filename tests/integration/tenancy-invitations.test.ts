import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { describe } from "vitest";
import type { Db } from "@/db/connection";
import { speakers } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { insertPendingInvitation } from "../support/invitation-rows";
import { A_SLUG, B_SLUG, NOBODY, ORG_A, ORG_B, type Role, type Tenancy } from "../support/tenancy-fixture";
import {
  findsOfBFromAAndInB,
  fresh,
  itTriesEveryRole,
  post,
  viaData,
  type TenancyCase,
} from "../support/tenancy-table";

// Invitations and account links, tried as every role against both conferences: only the
// profile's own conference's organizers (and admins) invite, resend, revoke or unlink.
const app = await import("../support/app-actions/invitations");

const pendingInvitationOfB = (fx: Tenancy) =>
  insertPendingInvitation(fx.db, { speakerId: fx.b.speakers.ravi, email: `${fresh()}@tenant-b.example` }).id;
const relink = (speakerId: (fx: Tenancy) => number, role: Role) => (fx: Tenancy) =>
  fx.db
    .update(speakers)
    .set({ userId: fx.viewers[role]!.userId })
    .where(eq(speakers.id, speakerId(fx)))
    .run();
/** Resending or revoking: B's own invitation posted under A, for nobody; a fresh pending one of B in B, for B's organizers. */
const onInvitationOfB = (
  verb: string,
  change: (ctx: { db: Db; viewer: Viewer | null }, conferenceId: number, invitationId: number) => unknown,
): TenancyCase[] => [
  {
    name: `${verb} B's invitation posted under A (data)`,
    allowed: NOBODY,
    attempt: (fx, viewer) => viaData(() => change({ db: fx.db, viewer }, fx.a.id, fx.b.invitationId)),
  },
  {
    name: `${verb} a pending invitation of B in B (data)`,
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: pendingInvitationOfB,
    attempt: (fx, viewer, id) => viaData(() => change({ db: fx.db, viewer }, fx.b.id, id!)),
  },
];
/** Inviting onto a profile its speaker keeps is refused after the right is checked: for those with the right, that refusal is the "allow". */
const alreadyLinkedPasses = <T extends { ok: boolean; problem?: { code: string } }>(result: T) =>
  !result.ok && result.problem?.code === "alreadyLinked" ? { ok: true } : result;

const cases: TenancyCase[] = [
  ...findsOfBFromAAndInB(
    "list Ravi's invitations {}",
    [ORG_A, ORG_B],
    (fx, viewer, id) => app.listInvitations(fx.db, viewer, id, fx.b.speakers.ravi),
    [],
  ),
  {
    name: "invite someone for Ravi in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        app.createInvitation({ db: fx.db, viewer }, fx.b.id, fx.b.speakers.ravi, {
          email: `${fresh()}@tenant-b.example`,
        }),
      ),
  },
  {
    name: "invite someone for Ravi posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        app.createInvitation({ db: fx.db, viewer }, fx.a.id, fx.b.speakers.ravi, { email: "attacker@example.org" }),
      ),
  },
  {
    name: "invite someone onto 王斌's profile in A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() =>
        alreadyLinkedPasses(
          app.createInvitation({ db: fx.db, viewer }, fx.a.id, fx.a.speaker("wang-bin"), {
            email: "attacker@example.org",
          }),
        ),
      ),
  },
  ...onInvitationOfB("resend", app.resendInvitation),
  ...onInvitationOfB("revoke", app.revokeInvitation),
  {
    name: "unlink Bea's account posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) => viaData(() => app.unlinkSpeakerAccount({ db: fx.db, viewer }, fx.a.id, fx.b.speakers.own)),
  },
  {
    name: "unlink Bea's account in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) => viaData(() => app.unlinkSpeakerAccount({ db: fx.db, viewer }, fx.b.id, fx.b.speakers.own)),
    restore: relink((fx) => fx.b.speakers.own, "speakerB"),
  },
  {
    name: "unlink 王斌's account in A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() => app.unlinkSpeakerAccount({ db: fx.db, viewer }, fx.a.id, fx.a.speaker("wang-bin"))),
    restore: relink((fx) => fx.a.speaker("wang-bin"), "speakerA"),
  },
  {
    name: "unlink 马中骏's A profile, which leaves his B profile linked (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() => app.unlinkSpeakerAccount({ db: fx.db, viewer }, fx.a.id, fx.shared.aSpeakerId)),
    restore: relink((fx) => fx.shared.aSpeakerId, "bothSpeaker"),
  },
  {
    name: "invite someone for Ravi in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      post(app.createInvitationAction, {
        $conference: B_SLUG,
        $speaker: String(fx.b.speakers.ravi),
        email: `${fresh()}@tenant-b.example`,
      }),
  },
  {
    name: "invite someone for Ravi with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      post(app.createInvitationAction, {
        $conference: A_SLUG,
        $speaker: String(fx.b.speakers.ravi),
        email: "attacker@example.org",
      }),
  },
  {
    name: "resend B's invitation with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) => post(app.resendInvitationAction, { $conference: A_SLUG, $invitation: String(fx.b.invitationId) }),
  },
  {
    name: "revoke B's invitation with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) => post(app.revokeInvitationAction, { $conference: A_SLUG, $invitation: String(fx.b.invitationId) }),
  },
  {
    name: "unlink Bea's account with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) => post(app.unlinkSpeakerAccountAction, { $conference: A_SLUG, $speaker: String(fx.b.speakers.own) }),
  },
  {
    name: "unlink Bea's account in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) => post(app.unlinkSpeakerAccountAction, { $conference: B_SLUG, $speaker: String(fx.b.speakers.own) }),
    restore: relink((fx) => fx.b.speakers.own, "speakerB"),
  },
];

describe("tenancy: invitations and account links of speaker profiles in two conferences", () => {
  itTriesEveryRole(scratchTenancy(), cases);
});
