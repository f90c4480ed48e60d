import { state } from "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { and, eq } from "drizzle-orm";
import { describe } from "vitest";
import { conferenceMemberships } from "@/db/schema";
import { addConfirmedUser, addOrganizer } from "../support/confirmed-accounts";
import { A_SLUG, B_SLUG, IN_A, IN_B, NOBODY, ORG_A, ORG_B, type Tenancy } from "../support/tenancy-fixture";
import { settingsForm } from "../support/tenancy-forms";
import {
  fresh,
  itTriesEveryRole,
  post,
  readOfA,
  readsOfAAndB,
  viaData,
  type TenancyCase,
} from "../support/tenancy-table";

// A conference's settings, releases, organizers and audit log, new conferences and who enters which,
// tried as every role against conference A and conference B. Nothing of B may change but by B's own
// organizers and admins; a conference's slug stays its own.
const app = await import("../support/app-actions/conference");

const verifiedUser = (fx: Tenancy) => addConfirmedUser(fx.db, `${fresh("person-")}@podium.test`);
const organizerOfB = (fx: Tenancy) => addOrganizer(fx.db, fx.b.id, `${fresh("person-")}@podium.test`);
const sameSlugAsB = /^slugTaken:conference$/;

const cases: TenancyCase[] = [
  // Settings
  ...readsOfAAndB("read {}'s settings", [ORG_A, ORG_B], (fx, viewer, id) =>
    app.getConferenceSettings(fx.db, viewer, id),
  ),
  {
    name: "save B's settings (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        app.saveConferenceSettings(
          { db: fx.db, viewer },
          fx.b.id,
          settingsForm(fx.db, fx.b.id, { website: `https://${fresh()}.example` }),
        ),
      ),
  },
  {
    name: "take B's slug for A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(
        () =>
          app.saveConferenceSettings({ db: fx.db, viewer }, fx.a.id, settingsForm(fx.db, fx.a.id, { slug: B_SLUG })),
        sameSlugAsB,
      ),
  },
  {
    name: "save B's settings (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      post(app.saveConferenceSettingsAction, {
        $conference: B_SLUG,
        ...settingsForm(fx.db, fx.b.id, { website: `https://${fresh()}.example` }),
      }),
  },
  {
    name: "take B's slug for A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      post(
        app.saveConferenceSettingsAction,
        { $conference: A_SLUG, ...settingsForm(fx.db, fx.a.id, { slug: B_SLUG }) },
        sameSlugAsB,
      ),
  },

  // Releases
  ...readsOfAAndB("preview {}'s next release", [ORG_A, ORG_B], (fx, viewer, id) =>
    app.previewRelease(fx.db, viewer, id),
  ),
  {
    name: "publish a release of A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() => app.publishRelease({ db: fx.db, viewer }, fx.a.id, { version: fresh("a-") })),
  },
  {
    name: "publish a release of B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() => app.publishRelease({ db: fx.db, viewer }, fx.b.id, { version: fresh("b-") })),
  },
  // The form names the conference by slug; only that conference's organizers may publish it.
  {
    name: "publish a release of B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: () => post(app.publishAction, { $conference: B_SLUG, version: fresh("b-") }),
  },
  // An old form's conference id of B beside A's slug reaches nothing of B.
  {
    name: "publish under A's slug with B's id (action)",
    allowed: ORG_A,
    attempt: (fx) =>
      post(app.publishAction, { $conference: A_SLUG, conferenceId: String(fx.b.id), version: fresh("a-") }),
  },

  // Organizers
  readOfA("list A's organizers", ORG_A, (fx, viewer, id) => app.listOrganizers(fx.db, viewer, id)),
  {
    name: "grant organizer rights in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() => app.grantOrganizer({ db: fx.db, viewer }, fx.b.id, { email: verifiedUser(fx).email })),
  },
  {
    name: "grant B's organizer rights in A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() => app.grantOrganizer({ db: fx.db, viewer }, fx.a.id, { email: fx.emails.organizerB! })),
    restore: (fx) =>
      fx.db
        .delete(conferenceMemberships)
        .where(
          and(
            eq(conferenceMemberships.userId, fx.viewers.organizerB!.userId),
            eq(conferenceMemberships.conferenceId, fx.a.id),
          ),
        )
        .run(),
  },
  {
    name: "revoke B's organizer posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() => app.revokeOrganizer({ db: fx.db, viewer }, fx.a.id, fx.viewers.organizerB!.userId)),
  },
  {
    name: "revoke a second organizer of B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: organizerOfB,
    attempt: (fx, viewer, id) => viaData(() => app.revokeOrganizer({ db: fx.db, viewer }, fx.b.id, id!)),
  },
  {
    name: "grant organizer rights in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) => post(app.grantOrganizerAction, { $conference: B_SLUG, email: verifiedUser(fx).email }),
  },
  {
    name: "revoke B's organizer with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      post(app.revokeOrganizerAction, { $conference: A_SLUG, $user: String(fx.viewers.organizerB!.userId) }),
  },
  {
    name: "revoke a second organizer of B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: organizerOfB,
    attempt: (_fx, _a, id) => post(app.revokeOrganizerAction, { $conference: B_SLUG, $user: String(id) }),
  },

  // New conferences, and who enters which
  {
    name: "create a conference with B's slug (data)",
    allowed: NOBODY,
    attempt: (_fx, viewer) =>
      viaData(
        () =>
          app.createConference(
            { db: state.db, viewer },
            {
              slug: B_SLUG,
              name: "Copy",
              startDate: "2031-01-01",
              endDate: "2031-01-02",
              timeZone: "UTC",
              defaultLocale: "en",
            },
          ),
        sameSlugAsB,
      ),
  },
  {
    name: "create a conference (action)",
    allowed: ["admin"],
    attempt: () =>
      post(app.createConferenceAction, {
        slug: fresh("conf-"),
        name: "New",
        startDate: "2031-01-01",
        endDate: "2031-01-02",
        timeZone: "UTC",
        defaultLocale: "en",
      }),
  },
  {
    name: "enter A in the workspace",
    allowed: IN_A,
    attempt: (fx, viewer) => (app.findWorkspaceConference(fx.db, viewer, A_SLUG) ? "allow" : "deny"),
  },
  {
    name: "enter B in the workspace",
    allowed: IN_B,
    attempt: (fx, viewer) => (app.findWorkspaceConference(fx.db, viewer, B_SLUG) ? "allow" : "deny"),
  },
  {
    name: "find B among one's workspace conferences",
    allowed: IN_B,
    attempt: (fx, viewer) =>
      app.listWorkspaceConferences(fx.db, viewer).some((c) => c.id === fx.b.id) ? "allow" : "deny",
  },

  // The audit log
  readOfA("read A's audit log", ORG_A, (fx, viewer, id) => app.listAuditLog(fx.db, viewer, id, 1, 1000)),
  {
    name: "read B's audit log",
    allowed: ORG_B,
    attempt: (fx, viewer) => viaData(() => app.listAuditLog(fx.db, viewer, fx.b.id, 1)),
  },
];

describe("tenancy: settings, releases, organizers and new conferences of two conferences", () => {
  itTriesEveryRole(scratchTenancy(), cases);
});
