import { state } from "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/permissions";
import { A_SLUG, B_SLUG, roles, type Role, type Tenancy } from "../support/tenancy-fixture";
import { newSessionForm, sessionForm } from "../support/tenancy-forms";
import {
  form,
  fresh,
  readInA,
  tryAsRole,
  viaAction,
  viaData,
  type Outcome,
  type TenancyCase,
} from "../support/tenancy-table";

// Sessions, their people, rooms and tracks, and the schedule editor, tried as every role
// against both conferences. A session of A never takes B's speaker, room, track or forum,
// and a session of B is reached only from B.
const { deleteSession } = await import("@/db/mutations/sessions/delete-session");
const { saveSession } = await import("@/db/mutations/sessions/save-session");
const { scheduleSession } = await import("@/db/mutations/sessions/schedule-session");
const { findSessionEditor, listSessions, loadSessionEditorOptions } = await import("@/db/queries/sessions");
const { loadScheduleEditor } = await import("@/db/queries/schedule-editor");
const { deleteSessionAction, saveSessionAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/sessions/actions");
const { moveSessionAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/schedule/actions");

const IN_A: Role[] = ["admin", "organizerA", "forumEditorA"];
const IN_B: Role[] = ["admin", "organizerB", "forumEditorB"];
const NOBODY: Role[] = [];
const idle = { status: "idle" as const };
const A_SESSION = "IP的跨平台运营";

const notBsSpeaker = /^notInConference:speaker$/;
const notBsRoom = /^notInConference:room$/;
const notBsTrack = /^notInConference:track$/;
const notBsForum = /^notInConference:forum$/;

/** A draft of B's main forum, for deleting. */
const sessionOfB = (fx: Tenancy) =>
  fx.db.insert(sessions).values({ forumId: fx.b.forums.main, title: "B session to delete" }).returning().get().id;
const versionOf = (fx: Tenancy, id: number) =>
  fx.db.select({ version: sessions.version }).from(sessions).where(eq(sessions.id, id)).get()!.version;

/** A session placed where it is (or elsewhere): a real write that changes its version. */
const placement = (fx: Tenancy, id: number, roomId?: number) => {
  const s = fx.db.select().from(sessions).where(eq(sessions.id, id)).get()!;
  return { sessionId: id, version: s.version, roomId: roomId ?? s.roomId, startsAt: s.startsAt, endsAt: s.endsAt };
};
/** A placement as scheduleSession takes it: the session, then where. */
const placed = (fx: Tenancy, id: number, roomId?: number) => [id, placement(fx, id, roomId)] as const;

function viaMove(fx: Tenancy, id: number, roomId?: number, refusals?: RegExp): Promise<Outcome> {
  const p = placement(fx, id, roomId);
  return viaAction(
    () =>
      moveSessionAction({ ...p, startsAt: p.startsAt?.toISOString() ?? null, endsAt: p.endsAt?.toISOString() ?? null }),
    refusals,
  );
}

const save = (
  fx: Tenancy,
  viewer: Viewer | null,
  conferenceId: number,
  id: number | null,
  fields: Record<string, string>,
  refusals?: RegExp,
) =>
  viaData(
    () =>
      saveSession(
        { db: fx.db, viewer },
        conferenceId,
        id === null ? null : { sessionId: id, version: versionOf(fx, id) },
        fields,
      ),
    refusals,
  );

const cases: TenancyCase[] = [
  // Reads
  {
    name: "list A's sessions",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => listSessions(fx.db, viewer, fx.a.id)),
  },
  {
    name: "list B's sessions",
    allowed: IN_B,
    attempt: (fx, viewer) => viaData(() => listSessions(fx.db, viewer, fx.b.id)),
  },
  {
    name: "load A's session form choices",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => loadSessionEditorOptions(fx.db, viewer, fx.a.id)),
  },
  {
    name: "open B's keynote from A",
    allowed: IN_A,
    attempt: (fx, viewer) =>
      readInA(() => {
        const editor = findSessionEditor(fx.db, viewer, fx.a.id, fx.b.sessions.keynote);
        expect(editor).toBeNull();
        return editor;
      }),
  },
  {
    name: "open B's keynote in B",
    allowed: IN_B,
    attempt: (fx, viewer) => viaData(() => findSessionEditor(fx.db, viewer, fx.b.id, fx.b.sessions.keynote)),
  },
  {
    name: "open A's schedule editor",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => loadScheduleEditor(fx.db, viewer, A_SLUG)),
  },
  {
    name: "open B's schedule editor",
    allowed: IN_B,
    attempt: (fx, viewer) => viaData(() => loadScheduleEditor(fx.db, viewer, B_SLUG)),
  },

  // A session of A takes nothing of B (a draft included: people in it are a way to their profiles).
  {
    name: "create a draft in A's summit with A's own speaker (data)",
    allowed: IN_A,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.a.id,
        null,
        newSessionForm(fx.a.summitId, fresh("A draft "), [[fx.a.speaker("li-xia"), "speaker"]]),
      ),
  },
  {
    name: "create a draft in A's summit with B's Ravi (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.a.id,
        null,
        newSessionForm(fx.a.summitId, fresh("A draft "), [[fx.b.speakers.ravi, "speaker"]]),
        notBsSpeaker,
      ),
  },
  {
    name: "create a draft in A's summit with 马中骏's B profile (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.a.id,
        null,
        newSessionForm(fx.a.summitId, fresh("A draft "), [[fx.b.speakers.shared, "speaker"]]),
        notBsSpeaker,
      ),
  },
  {
    name: "create a draft in A's summit in B's hall (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.a.id,
        null,
        newSessionForm(fx.a.summitId, fresh("A draft "), [], { roomId: String(fx.b.rooms.hall) }),
        notBsRoom,
      ),
  },
  {
    name: "create a draft in A's summit on B's track (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.a.id,
        null,
        newSessionForm(fx.a.summitId, fresh("A draft "), [], { trackId: String(fx.b.trackId) }),
        notBsTrack,
      ),
  },
  {
    name: "create a draft in B's main forum posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(fx, viewer, fx.a.id, null, newSessionForm(fx.b.forums.main, fresh("A draft ")), notBsForum),
  },
  {
    name: "add B's Ravi to A's session (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.a.id,
        fx.a.session(A_SESSION),
        sessionForm(fx.db, fx.a.session(A_SESSION), {
          people: JSON.stringify([{ speakerId: fx.b.speakers.ravi, role: "panelist" }]),
        }).fields,
        notBsSpeaker,
      ),
  },

  // B's sessions, from B and forged from A
  {
    name: "edit B's keynote in B (data)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.b.id,
        fx.b.sessions.keynote,
        sessionForm(fx.db, fx.b.sessions.keynote, { abstract: fresh() }).fields,
      ),
  },
  {
    name: "edit B's keynote posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.a.id,
        fx.b.sessions.keynote,
        sessionForm(fx.db, fx.b.sessions.keynote, { abstract: fresh() }).fields,
      ),
  },
  {
    name: "add A's 王斌 to B's keynote (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.b.id,
        fx.b.sessions.keynote,
        sessionForm(fx.db, fx.b.sessions.keynote, {
          people: JSON.stringify([{ speakerId: fx.a.speaker("wang-bin"), role: "speaker" }]),
        }).fields,
        notBsSpeaker,
      ),
  },
  {
    name: "move B's keynote into A's main hall (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.b.id,
        fx.b.sessions.keynote,
        sessionForm(fx.db, fx.b.sessions.keynote, { roomId: String(fx.a.room("main-hall")) }).fields,
        notBsRoom,
      ),
  },
  {
    name: "move B's keynote into A's summit (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      save(
        fx,
        viewer,
        fx.b.id,
        fx.b.sessions.keynote,
        sessionForm(fx.db, fx.b.sessions.keynote, { forumId: String(fx.a.summitId) }).fields,
        notBsForum,
      ),
  },
  {
    name: "delete a session of B in B (data)",
    allowed: IN_B,
    changesB: IN_B,
    prepare: sessionOfB,
    attempt: (fx, viewer, id) =>
      viaData(() => deleteSession({ db: fx.db, viewer }, fx.b.id, { sessionId: id!, version: 1 })),
  },
  {
    name: "delete a session of B posted under A (data)",
    allowed: NOBODY,
    prepare: sessionOfB,
    attempt: (fx, viewer, id) =>
      viaData(() => deleteSession({ db: fx.db, viewer }, fx.a.id, { sessionId: id!, version: 1 })),
  },

  // The same through the session form's actions
  {
    name: "save B's keynote in B (action)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx) => {
      const { fields, target } = sessionForm(fx.db, fx.b.sessions.keynote, { abstract: fresh() });
      return viaAction(() =>
        saveSessionAction(
          idle,
          form({
            $conference: B_SLUG,
            $session: String(target.sessionId),
            $version: String(target.version),
            ...fields,
          }),
        ),
      );
    },
  },
  {
    name: "save B's keynote with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) => {
      const { fields, target } = sessionForm(fx.db, fx.b.sessions.keynote, { abstract: fresh() });
      return viaAction(
        () =>
          saveSessionAction(
            idle,
            form({
              $conference: A_SLUG,
              $session: String(target.sessionId),
              $version: String(target.version),
              ...fields,
            }),
          ),
        notBsForum,
      );
    },
  },
  {
    name: "create a draft in A's summit with B's Ravi (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(
        () =>
          saveSessionAction(
            idle,
            form({
              $conference: A_SLUG,
              ...newSessionForm(fx.a.summitId, fresh("A draft "), [[fx.b.speakers.ravi, "speaker"]]),
            }),
          ),
        notBsSpeaker,
      ),
  },
  {
    name: "delete a session of B in B (action)",
    allowed: IN_B,
    changesB: IN_B,
    prepare: sessionOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => deleteSessionAction(idle, form({ $conference: B_SLUG, $session: String(id), $version: "1" }))),
  },
  {
    name: "delete a session of B with $conference A (action)",
    allowed: NOBODY,
    prepare: sessionOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => deleteSessionAction(idle, form({ $conference: A_SLUG, $session: String(id), $version: "1" }))),
  },

  // The schedule editor: a move names only the session; its forum's conference decides.
  {
    name: "re-place B's keynote (data)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx, viewer) =>
      viaData(() => scheduleSession({ db: fx.db, viewer }, ...placed(fx, fx.b.sessions.keynote))),
  },
  {
    name: "place B's keynote in A's main hall (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(
        () => scheduleSession({ db: fx.db, viewer }, ...placed(fx, fx.b.sessions.keynote, fx.a.room("main-hall"))),
        notBsRoom,
      ),
  },
  {
    name: "place A's session in B's hall (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(
        () => scheduleSession({ db: fx.db, viewer }, ...placed(fx, fx.a.session(A_SESSION), fx.b.rooms.hall)),
        notBsRoom,
      ),
  },
  {
    name: "re-place B's keynote (action)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx) => viaMove(fx, fx.b.sessions.keynote),
  },
  {
    name: "place B's keynote in A's main hall (action)",
    allowed: NOBODY,
    attempt: (fx) => viaMove(fx, fx.b.sessions.keynote, fx.a.room("main-hall"), notBsRoom),
  },
  {
    name: "place A's session in B's hall (action)",
    allowed: NOBODY,
    attempt: (fx) => viaMove(fx, fx.a.session(A_SESSION), fx.b.rooms.hall, notBsRoom),
  },
];

describe("tenancy: sessions, their people and the schedule of two conferences", () => {
  const t = scratchTenancy();

  for (const c of cases) {
    for (const role of roles) {
      it(`${c.name}: ${role} → ${c.allowed.includes(role) ? "allow" : "deny"}`, async () => {
        state.viewer = t.fx.viewers[role];
        await tryAsRole(t.fx, c, role, t.fx.viewers[role]);
      });
    }
  }
});
