import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { speakerForm as speakerFormOf } from "../support/tenancy-forms";
import { beforeAll, describe } from "vitest";
import type { Workspace } from "../support/workspace-fixture";
import {
  DEMO,
  addGalaPresenter,
  everyoneIn,
  fresh,
  galaEditors,
  organizers,
  speakerId,
  summitEditors,
} from "../support/workspace-programme";
import { type WorkspaceCase, tryEveryRole, viaRedirect, viaThrow } from "../support/workspace-table";

// Who may list, search, create, edit and delete the demo's speakers in the workspace: a forum's
// editors those only their forum has, never a profile its speaker keeps (support/workspace-programme.ts).
const app = await import("../support/app-actions/speakers");

/** The speaker's workspace form as it posts, with a fresh bio so every allowed save is a change. */
const changedForm = (slug: string) => speakerFormOf(state.db, speakerId(slug), { bio: fresh() });
const editSpeaker =
  (slug: string): WorkspaceCase["attempt"] =>
  (ws, viewer) =>
    viaThrow(() => app.saveSpeaker({ db: state.db, viewer }, ws.conferenceId, speakerId(slug), changedForm(slug)));
const newSpeaker = () => ({ name: "新嘉宾", slug: fresh() });
/** A speaker in no session, created from the demo's workspace by its organizer. */
const unattachedSpeaker = (ws: Workspace) => {
  const result = app.saveSpeaker({ db: state.db, viewer: ws.viewers.organizer }, ws.conferenceId, null, newSpeaker());
  if (!result.ok) throw new Error("fixture");
  return result.value.id;
};

const cases: WorkspaceCase[] = [
  {
    name: "list the speakers of the demo conference",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => app.listSpeakers(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "open a speaker for editing",
    allowed: everyoneIn,
    attempt: (ws, viewer) =>
      viaThrow(() => app.findSpeakerEditor(state.db, viewer, ws.conferenceId, speakerId("wang-bin"))),
  },
  {
    name: "read the conference's time zone",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => app.findConferenceTimeZone(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "search speakers",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => app.searchSpeakers(state.db, viewer, ws.conferenceId, "王")),
  },
  {
    name: "create a speaker (data function)",
    allowed: everyoneIn,
    attempt: (ws, viewer) =>
      viaThrow(() => app.saveSpeaker({ db: state.db, viewer }, ws.conferenceId, null, newSpeaker())),
  },
  {
    name: "edit 王斌, a speaker of the 网络剧高峰论坛 who keeps his own profile (data function)",
    allowed: organizers,
    attempt: editSpeaker("wang-bin"),
  },
  {
    name: "edit 李霞, who speaks only in the 网络剧高峰论坛 and keeps no profile (data function)",
    allowed: summitEditors,
    attempt: editSpeaker("li-xia"),
  },
  {
    name: "edit the gala's presenter (data function)",
    allowed: galaEditors,
    attempt: editSpeaker("gala-presenter"),
  },
  {
    name: "delete a speaker created by the organizer (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaThrow(() => app.deleteSpeaker({ db: state.db, viewer }, ws.conferenceId, unattachedSpeaker(ws))),
  },
  {
    name: "create a speaker (server action)",
    allowed: everyoneIn,
    attempt: () => viaRedirect(app.saveSpeakerAction, { $conference: DEMO, ...newSpeaker() }),
  },
  {
    name: "edit 王斌 (server action)",
    allowed: organizers,
    attempt: () =>
      viaRedirect(app.saveSpeakerAction, {
        $conference: DEMO,
        $speaker: String(speakerId("wang-bin")),
        ...changedForm("wang-bin"),
      }),
  },
  {
    name: "delete a speaker (server action)",
    allowed: organizers,
    attempt: (ws) =>
      viaRedirect(app.deleteSpeakerAction, { $conference: DEMO, $speaker: String(unattachedSpeaker(ws)) }),
  },
  {
    name: "search speakers (server action)",
    allowed: everyoneIn,
    attempt: async () => ((await app.searchSpeakersAction({ conference: DEMO, text: "王" })).data ? "allow" : "deny"),
  },
];

describe("who may do what with the workspace's speakers", () => {
  const t = scratchWorkspace();
  beforeAll(() => addGalaPresenter(t.db, t.ws));
  tryEveryRole(t, cases);
});
