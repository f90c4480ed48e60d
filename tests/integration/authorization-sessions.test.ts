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
import { type WorkspaceCase, tryEveryRole, viaRedirect, viaThrow } from "../support/workspace-table";

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
  {
    name: "list the sessions of the demo conference",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => app.listSessions(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "load the session form's choices",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => app.loadSessionEditorOptions(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "open a session for editing",
    allowed: everyoneIn,
    attempt: (ws, viewer) =>
      viaThrow(() => app.findSessionEditor(state.db, viewer, ws.conferenceId, ws.sessionId("IP的跨平台运营"))),
  },
  {
    name: "create a session in the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) =>
      viaThrow(() => app.saveSession({ db: state.db, viewer }, ws.conferenceId, null, newSession(ws.forumId))),
  },
  {
    name: "create a session in the gala (data function)",
    allowed: galaEditors,
    attempt: (ws, viewer) =>
      viaThrow(() => app.saveSession({ db: state.db, viewer }, ws.conferenceId, null, newSession(ws.otherForumId))),
  },
  {
    name: "edit a session of the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) => {
      const { fields, target } = changedForm(ws.sessionId("IP的跨平台运营"));
      return viaThrow(() => app.saveSession({ db: state.db, viewer }, ws.conferenceId, target, fields));
    },
  },
  {
    name: "edit a session of the gala (data function)",
    allowed: galaEditors,
    attempt: (ws, viewer) => {
      const { fields, target } = changedForm(gala(ws));
      return viaThrow(() => app.saveSession({ db: state.db, viewer }, ws.conferenceId, target, fields));
    },
  },
  {
    name: "delete a session of the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) => {
      const s = freshSession(ws.forumId);
      return viaThrow(() =>
        app.deleteSession({ db: state.db, viewer }, ws.conferenceId, { sessionId: s.id, version: s.version }),
      );
    },
  },
  {
    name: "edit a session of the 网络剧高峰论坛 (server action)",
    allowed: summitEditors,
    attempt: (ws) => {
      const { fields, target } = changedForm(ws.sessionId("网络影视的精品化和规模化"));
      return viaRedirect(app.saveSessionAction, {
        $conference: DEMO,
        $session: String(target.sessionId),
        $version: String(target.version),
        ...fields,
      });
    },
  },
  {
    name: "create a session in the gala (server action)",
    allowed: galaEditors,
    attempt: (ws) => viaRedirect(app.saveSessionAction, { $conference: DEMO, ...newSession(ws.otherForumId) }),
  },
  {
    name: "delete a session of the gala (server action)",
    allowed: galaEditors,
    attempt: (ws) => {
      const s = freshSession(ws.otherForumId);
      return viaRedirect(app.deleteSessionAction, {
        $conference: DEMO,
        $session: String(s.id),
        $version: String(s.version),
      });
    },
  },
];

describe("who may do what with sessions", () => {
  const t = scratchWorkspace();
  tryEveryRole(t, cases);
});
