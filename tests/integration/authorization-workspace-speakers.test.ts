import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { speakerForm as speakerFormOf } from "../support/tenancy-forms";
import { beforeAll, describe } from "vitest";
import type { WriteContext } from "@/db/mutations/pipeline";
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
import { actionCase, dataCase, demoRead, tryEveryRole, type WorkspaceCase } from "../support/workspace-table";

// Who may list, search, create, edit and delete the demo's speakers in the workspace: a forum's
// editors those only their forum has, never a profile its speaker keeps (support/workspace-programme.ts).
const app = await import("../support/app-actions/speakers");

/** The speaker's workspace form as it posts, with a fresh bio so every allowed save is a change. */
const changedForm = (slug: string) => speakerFormOf(state.db, speakerId(slug), { bio: fresh() });
const editSpeaker = (slug: string) => (ctx: WriteContext, ws: Workspace) =>
  app.saveSpeaker(ctx, ws.conferenceId, speakerId(slug), changedForm(slug));
const newSpeaker = () => ({ name: "新嘉宾", slug: fresh() });
/** A speaker in no session, created from the demo's workspace by its organizer. */
const unattachedSpeaker = (ws: Workspace) => {
  const result = app.saveSpeaker({ db: state.db, viewer: ws.viewers.organizer }, ws.conferenceId, null, newSpeaker());
  if (!result.ok) throw new Error("fixture");
  return result.value.id;
};

const cases: WorkspaceCase[] = [
  demoRead("list the speakers of the demo conference", everyoneIn, app.listSpeakers),
  dataCase("open a speaker for editing", everyoneIn, ({ db, viewer }, ws) =>
    app.findSpeakerEditor(db, viewer, ws.conferenceId, speakerId("wang-bin")),
  ),
  demoRead("read the conference's time zone", everyoneIn, app.findConferenceTimeZone),
  dataCase("search speakers", everyoneIn, ({ db, viewer }, ws) =>
    app.searchSpeakers(db, viewer, ws.conferenceId, "王"),
  ),
  dataCase("create a speaker (data function)", everyoneIn, (ctx, ws) =>
    app.saveSpeaker(ctx, ws.conferenceId, null, newSpeaker()),
  ),
  dataCase(
    "edit 王斌, a speaker of the 网络剧高峰论坛 who keeps his own profile (data function)",
    organizers,
    editSpeaker("wang-bin"),
  ),
  dataCase(
    "edit 李霞, who speaks only in the 网络剧高峰论坛 and keeps no profile (data function)",
    summitEditors,
    editSpeaker("li-xia"),
  ),
  dataCase("edit the gala's presenter (data function)", galaEditors, editSpeaker("gala-presenter")),
  dataCase("delete a speaker created by the organizer (data function)", organizers, (ctx, ws) =>
    app.deleteSpeaker(ctx, ws.conferenceId, unattachedSpeaker(ws)),
  ),
  actionCase("create a speaker (server action)", everyoneIn, app.saveSpeakerAction, () => ({
    $conference: DEMO,
    ...newSpeaker(),
  })),
  actionCase("edit 王斌 (server action)", organizers, app.saveSpeakerAction, () => ({
    $conference: DEMO,
    $speaker: String(speakerId("wang-bin")),
    ...changedForm("wang-bin"),
  })),
  actionCase("delete a speaker (server action)", organizers, app.deleteSpeakerAction, (ws) => ({
    $conference: DEMO,
    $speaker: String(unattachedSpeaker(ws)),
  })),
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
