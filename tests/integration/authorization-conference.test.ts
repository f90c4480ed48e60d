import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { settingsForm } from "../support/tenancy-forms";
import { describe } from "vitest";
import { addConfirmedUser, addOrganizer } from "../support/confirmed-accounts";
import { actionCase, dataCase, demoRead, tryEveryRole, type WorkspaceCase } from "../support/workspace-table";

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
  demoRead("read the conference settings (data function)", ["admin", "organizer"], app.getConferenceSettings),
  dataCase("save the conference settings (data function)", ["admin", "organizer"], (ctx, ws) =>
    app.saveConferenceSettings(ctx, ws.conferenceId, settingsForm(state.db, ws.conferenceId)),
  ),
  dataCase("save the other conference's settings (data function)", ["admin", "otherOrganizer"], (ctx, ws) =>
    app.saveConferenceSettings(ctx, ws.otherConferenceId, settingsForm(state.db, ws.otherConferenceId)),
  ),
  actionCase(
    "save the conference settings (server action)",
    ["admin", "organizer"],
    app.saveConferenceSettingsAction,
    (ws) => ({
      $conference: DEMO,
      ...settingsForm(state.db, ws.conferenceId),
      website: `https://${unique("netav")}.example.cn`,
    }),
  ),

  // New conference: platform admins only.
  dataCase("create a conference (data function)", ["admin"], (ctx) => app.createConference(ctx, newConferenceForm())),
  actionCase("create a conference (server action)", ["admin"], app.createConferenceAction, () => newConferenceForm()),

  // Organizers: platform admins, and the conference's own organizers.
  demoRead("list the organizers (data function)", ["admin", "organizer"], app.listOrganizers),
  dataCase("grant organizer rights (data function)", ["admin", "organizer"], (ctx, ws) =>
    app.grantOrganizer(ctx, ws.conferenceId, { email: newUser().email }),
  ),
  dataCase("grant organizer rights in the other conference (data function)", ["admin", "otherOrganizer"], (ctx, ws) =>
    app.grantOrganizer(ctx, ws.otherConferenceId, { email: newUser().email }),
  ),
  dataCase("revoke organizer rights (data function)", ["admin", "organizer"], (ctx, ws) =>
    app.revokeOrganizer(ctx, ws.conferenceId, newOrganizer(ws.conferenceId)),
  ),
  actionCase("grant organizer rights (server action)", ["admin", "organizer"], app.grantOrganizerAction, () => ({
    $conference: DEMO,
    email: newUser().email,
  })),
  actionCase("revoke organizer rights (server action)", ["admin", "organizer"], app.revokeOrganizerAction, (ws) => ({
    $conference: DEMO,
    $user: String(newOrganizer(ws.conferenceId)),
  })),
];

describe("who may change a conference's settings and organizers, and create a conference", () => {
  const t = scratchWorkspace();
  tryEveryRole(t, cases);
});
