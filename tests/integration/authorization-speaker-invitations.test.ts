import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { describe, vi } from "vitest";
import { speakers, users } from "@/db/schema";
import { insertPendingInvitation } from "../support/invitation-rows";
import {
  DEMO,
  WANG_BEIBEI,
  WANG_BIN,
  alreadyLinkedPasses,
  fresh,
  idOf,
  organizers,
  post,
  postAbout,
  speakerRightsTable,
  viaData,
  type SpeakerCase,
} from "../support/speaker-rights-table";

// Who may invite somebody to 王斌's or 王蓓蓓's profile, resend or revoke that, and unlink an account:
// the organizers, never the speaker, not even for himself (support/speaker-rights-table.ts).

// Invitation links take their origin from the request; no mail goes out, SMTP_HOST is unset.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: "http://podium.test" }) }));

const app = await import("../support/app-actions/invitations");

/** A pending invitation for a fresh address, as a row: made outside the inviters' hourly allowance. */
const pendingInvitation = (slug: string) =>
  insertPendingInvitation(state.db, { speakerId: idOf(slug), email: `${fresh()}@example.org` }).id;
/** An invitation to 王斌 still pending from before he had his account (one cannot be made now). */
const pendingInvitationToWangBin = () => pendingInvitation(WANG_BIN);

/** Gives 王蓓蓓 an account of her own (a fresh one each time), for an unlink to take away. */
const linkAccountToWangBeibei = () => {
  const userId = state.db
    .insert(users)
    .values({ email: `${fresh()}@example.org` })
    .returning()
    .get().id;
  state.db.update(speakers).set({ userId }).where(eq(speakers.slug, WANG_BEIBEI)).run();
  return undefined;
};

const cases: SpeakerCase[] = [
  // Invitations: the speaker's editors, never the speaker, not even for himself.
  {
    name: "list 王斌's invitations (data function)",
    allowed: organizers,
    attempt: (ws, viewer) => viaData(() => app.listInvitations(state.db, viewer, ws.conferenceId, idOf(WANG_BIN))),
  },
  {
    name: "invite somebody for 王斌 (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaData(
        () =>
          app.createInvitation({ db: state.db, viewer }, ws.conferenceId, idOf(WANG_BIN), {
            email: `${fresh()}@example.org`,
          }),
        alreadyLinkedPasses,
      ),
  },
  {
    name: "invite somebody for 王蓓蓓 (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaData(() =>
        app.createInvitation({ db: state.db, viewer }, ws.conferenceId, idOf(WANG_BEIBEI), {
          email: `${fresh()}@example.org`,
        }),
      ),
  },
  {
    name: "resend an invitation for 王蓓蓓 (data function)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (ws, viewer, id) => viaData(() => app.resendInvitation({ db: state.db, viewer }, ws.conferenceId, id!)),
  },
  {
    name: "revoke an invitation for 王蓓蓓 (data function)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (ws, viewer, id) => viaData(() => app.revokeInvitation({ db: state.db, viewer }, ws.conferenceId, id!)),
  },
  {
    name: "revoke an invitation for 王斌 (data function)",
    allowed: organizers,
    prepare: pendingInvitationToWangBin,
    attempt: (ws, viewer, id) => viaData(() => app.revokeInvitation({ db: state.db, viewer }, ws.conferenceId, id!)),
  },
  {
    name: "invite somebody for 王斌 (server action)",
    allowed: organizers,
    attempt: () =>
      postAbout(app.createInvitationAction, WANG_BIN, { email: `${fresh()}@example.org` }, alreadyLinkedPasses),
  },
  {
    name: "invite somebody for 王蓓蓓 (server action)",
    allowed: organizers,
    attempt: () => postAbout(app.createInvitationAction, WANG_BEIBEI, { email: `${fresh()}@example.org` }),
  },
  {
    name: "resend an invitation for 王蓓蓓 (server action)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (_ws, _actor, id) => post(app.resendInvitationAction, { $conference: DEMO, $invitation: String(id) }),
  },
  {
    name: "revoke an invitation for 王蓓蓓 (server action)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (_ws, _actor, id) => post(app.revokeInvitationAction, { $conference: DEMO, $invitation: String(id) }),
  },

  // Unlinking her account: her editors only. Last in the table, as it leaves her linked to an account.
  {
    name: "unlink 王蓓蓓's account (data function)",
    allowed: organizers,
    prepare: linkAccountToWangBeibei,
    attempt: (ws, viewer) =>
      viaData(() => app.unlinkSpeakerAccount({ db: state.db, viewer }, ws.conferenceId, idOf(WANG_BEIBEI))),
  },
  {
    name: "unlink 王蓓蓓's account (server action)",
    allowed: organizers,
    prepare: linkAccountToWangBeibei,
    attempt: () => postAbout(app.unlinkSpeakerAccountAction, WANG_BEIBEI, {}),
  },
];

describe("who may invite to a speaker's profile and unlink its account", () => {
  const t = scratchWorkspace();
  speakerRightsTable(t, cases);
});
