import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { newSessionForm, sessionForm } from "../support/tenancy-forms";
import { describe } from "vitest";
import { sessions } from "@/db/schema";
import type { Workspace } from "../support/workspace-fixture";
import {
  DEMO,
  everyoneIn,
  fresh,
  galaEditors,
  galaSession,
  speakerId,
  summitEditors,
} from "../support/workspace-programme";
import { actionCase, dataCase, demoRead, tryEveryRole, type WorkspaceCase } from "../support/workspace-table";

// Who may list, create, edit and delete the demo's sessions: the organizers, and each forum's editors
// in their forum (support/workspace-programme.ts).
const app = await import("../support/app-actions/sessions");

/** The session's edit form as it posts, with a fresh abstract so every allowed save is a change. */
const changedForm = (sessionId: number) => sessionForm(state.db, sessionId, { abstract: fresh() });
const newSession = (forumId: number) =>
  newSessionForm(forumId, `新日程 ${fresh()}`, [[speakerId("li-xia"), "speaker"]]);
const freshSession = (forumId: number) =>
  state.db
    .insert(sessions)
    .values({ forumId, title: `待删 ${fresh()}` })
    .returning()
    .get();
const gala = (ws: Workspace) => galaSession(state.db, ws);

const cases: WorkspaceCase[] = [
  demoRead("list the sessions of the demo conference", everyoneIn, app.listSessions),
  demoRead("load the session form's choices", everyoneIn, app.loadSessionEditorOptions),
  dataCase("open a session for editing", everyoneIn, ({ db, viewer }, ws) =>
    app.findSessionEditor(db, viewer, ws.conferenceId, ws.sessionId("IP的跨平台运营")),
  ),
  dataCase("create a session in the 网络剧高峰论坛 (data function)", summitEditors, (ctx, ws) =>
    app.saveSession(ctx, ws.conferenceId, null, newSession(ws.forumId)),
  ),
  dataCase("create a session in the gala (data function)", galaEditors, (ctx, ws) =>
    app.saveSession(ctx, ws.conferenceId, null, newSession(ws.otherForumId)),
  ),
  dataCase("edit a session of the 网络剧高峰论坛 (data function)", summitEditors, (ctx, ws) => {
    const { fields, target } = changedForm(ws.sessionId("IP的跨平台运营"));
    return app.saveSession(ctx, ws.conferenceId, target, fields);
  }),
  dataCase("edit a session of the gala (data function)", galaEditors, (ctx, ws) => {
    const { fields, target } = changedForm(gala(ws));
    return app.saveSession(ctx, ws.conferenceId, target, fields);
  }),
  dataCase("delete a session of the 网络剧高峰论坛 (data function)", summitEditors, (ctx, ws) => {
    const s = freshSession(ws.forumId);
    return app.deleteSession(ctx, ws.conferenceId, { sessionId: s.id, version: s.version });
  }),
  actionCase("edit a session of the 网络剧高峰论坛 (server action)", summitEditors, app.saveSessionAction, (ws) => {
    const { fields, target } = changedForm(ws.sessionId("网络影视的精品化和规模化"));
    return { $conference: DEMO, $session: String(target.sessionId), $version: String(target.version), ...fields };
  }),
  actionCase("create a session in the gala (server action)", galaEditors, app.saveSessionAction, (ws) => ({
    $conference: DEMO,
    ...newSession(ws.otherForumId),
  })),
  actionCase("delete a session of the gala (server action)", galaEditors, app.deleteSessionAction, (ws) => {
    const s = freshSession(ws.otherForumId);
    return { $conference: DEMO, $session: String(s.id), $version: String(s.version) };
  }),
];

describe("who may do what with sessions", () => {
  const t = scratchWorkspace();
  tryEveryRole(t, cases);
});
