import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { settingsForm } from "../support/tenancy-forms";
import { describe } from "vitest";
import { addConfirmedUser, addOrganizer } from "../support/confirmed-accounts";
import { type WorkspaceCase, tryEveryRole, viaRedirect, viaThrow } from "../support/workspace-table";

// Who may change a conference itself: its settings and organizers are its organizers' (and platform
// admins'), a new conference is platform admins' only.
const app = await import("../support/app-actions/conference");

let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}`;
const DEMO = "china-netav-2017";
// Confirmed addresses: organizer rights by email go only to those (tests/integration/organizers.test.ts).
const newUser = () => addConfirmedUser(state.db, `${unique("person")}@podium.test`);
const newOrganizer = (conferenceId: number) => addOrganizer(state.db, conferenceId, `${unique("person")}@podium.test`);
const newConferenceForm = () => ({
  slug: unique("conf"),
  name: "会议",
  startDate: "2030-05-01",
  endDate: "2030-05-02",
  timeZone: "Asia/Shanghai",
  defaultLocale: "zh-CN",
});

const cases: WorkspaceCase[] = [
  // Conference settings: organizers of the conference.
  {
    name: "read the conference settings (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => app.getConferenceSettings(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "save the conference settings (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        app.saveConferenceSettings({ db: state.db, viewer }, ws.conferenceId, settingsForm(state.db, ws.conferenceId)),
      ),
  },
  {
    name: "save the other conference's settings (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        app.saveConferenceSettings(
          { db: state.db, viewer },
          ws.otherConferenceId,
          settingsForm(state.db, ws.otherConferenceId),
        ),
      ),
  },
  {
    name: "save the conference settings (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) =>
      viaRedirect(app.saveConferenceSettingsAction, {
        $conference: DEMO,
        ...settingsForm(state.db, ws.conferenceId),
        website: `https://${unique("netav")}.example.cn`,
      }),
  },

  // New conference: platform admins only.
  {
    name: "create a conference (data function)",
    allowed: ["admin"],
    attempt: (_ws, viewer) => viaThrow(() => app.createConference({ db: state.db, viewer }, newConferenceForm())),
  },
  {
    name: "create a conference (server action)",
    allowed: ["admin"],
    attempt: () => viaRedirect(app.createConferenceAction, newConferenceForm()),
  },

  // Organizers: platform admins, and the conference's own organizers.
  {
    name: "list the organizers (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => app.listOrganizers(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "grant organizer rights (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => app.grantOrganizer({ db: state.db, viewer }, ws.conferenceId, { email: newUser().email })),
  },
  {
    name: "grant organizer rights in the other conference (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => app.grantOrganizer({ db: state.db, viewer }, ws.otherConferenceId, { email: newUser().email })),
  },
  {
    name: "revoke organizer rights (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => app.revokeOrganizer({ db: state.db, viewer }, ws.conferenceId, newOrganizer(ws.conferenceId))),
  },
  {
    name: "grant organizer rights (server action)",
    allowed: ["admin", "organizer"],
    attempt: () => viaRedirect(app.grantOrganizerAction, { $conference: DEMO, email: newUser().email }),
  },
  {
    name: "revoke organizer rights (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) =>
      viaRedirect(app.revokeOrganizerAction, { $conference: DEMO, $user: String(newOrganizer(ws.conferenceId)) }),
  },
];

describe("who may change a conference's settings and organizers, and create a conference", () => {
  const t = scratchWorkspace();
  tryEveryRole(t, cases);
});
