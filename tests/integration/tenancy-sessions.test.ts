import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe } from "vitest";
import { sessions } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/permissions";
import { A_SLUG, B_SLUG, IN_A, IN_B, NOBODY, type Tenancy } from "../support/tenancy-fixture";
import { newSessionForm, sessionForm } from "../support/tenancy-forms";
import {
  findsOfBFromAAndInB,
  fresh,
  inBAndUnderA,
  itTriesEveryRole,
  post,
  postedUnder,
  readOfA,
  readsOfAAndB,
  viaData,
  type TenancyCase,
} from "../support/tenancy-table";

// Sessions, their people, rooms and tracks, tried as every role against both conferences. A session
// of A never takes B's speaker, room, track or forum, and a session of B is reached only from B.
// The schedule editor's moves: tenancy-schedule.test.ts.
const app = await import("../support/app-actions/sessions");

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
      app.saveSession(
        { db: fx.db, viewer },
        conferenceId,
        id === null ? null : { sessionId: id, version: versionOf(fx, id) },
        fields,
      ),
    refusals,
  );

type Fields = Record<string, string>;
/** A new draft in A's summit (the people, room or track it names are the attempt), saved under A. */
const draftInA =
  (names: (fx: Tenancy) => { people?: [number, string][]; fields?: Fields }, refusals?: RegExp) =>
  (fx: Tenancy, viewer: Viewer | null) => {
    const { people = [], fields = {} } = names(fx);
    return save(fx, viewer, fx.a.id, null, newSessionForm(fx.a.summitId, fresh("A draft "), people, fields), refusals);
  };
/** B's keynote as its form saves it with `changes`, posted under conference A or B. */
const keynote =
  (under: "A" | "B", changes: (fx: Tenancy) => Fields, refusals?: RegExp) => (fx: Tenancy, viewer: Viewer | null) =>
    save(
      fx,
      viewer,
      postedUnder(fx, under).id,
      fx.b.sessions.keynote,
      sessionForm(fx.db, fx.b.sessions.keynote, changes(fx)).fields,
      refusals,
    );
const newAbstract = () => ({ abstract: fresh() });

/** B's keynote through the session form's action, its $conference the given slug. */
function saveKeynoteAction(fx: Tenancy, conference: string, refusals?: RegExp) {
  const { fields, target } = sessionForm(fx.db, fx.b.sessions.keynote, newAbstract());
  const posted = { $conference: conference, $session: String(target.sessionId), $version: String(target.version) };
  return post(app.saveSessionAction, { ...posted, ...fields }, refusals);
}

const cases: TenancyCase[] = [
  // Reads
  ...readsOfAAndB("list {}'s sessions", [IN_A, IN_B], (fx, viewer, id) => app.listSessions(fx.db, viewer, id)),
  readOfA("load A's session form choices", IN_A, (fx, viewer, id) => app.loadSessionEditorOptions(fx.db, viewer, id)),
  ...findsOfBFromAAndInB(
    "open B's keynote {}",
    [IN_A, IN_B],
    (fx, viewer, id) => app.findSessionEditor(fx.db, viewer, id, fx.b.sessions.keynote),
    null,
  ),
  // A session of A takes nothing of B (a draft included: people in it are a way to their profiles).
  {
    name: "create a draft in A's summit with A's own speaker (data)",
    allowed: IN_A,
    attempt: draftInA((fx) => ({ people: [[fx.a.speaker("li-xia"), "speaker"]] })),
  },
  {
    name: "create a draft in A's summit with B's Ravi (data)",
    allowed: NOBODY,
    attempt: draftInA((fx) => ({ people: [[fx.b.speakers.ravi, "speaker"]] }), notBsSpeaker),
  },
  {
    name: "create a draft in A's summit with 马中骏's B profile (data)",
    allowed: NOBODY,
    attempt: draftInA((fx) => ({ people: [[fx.b.speakers.shared, "speaker"]] }), notBsSpeaker),
  },
  {
    name: "create a draft in A's summit in B's hall (data)",
    allowed: NOBODY,
    attempt: draftInA((fx) => ({ fields: { roomId: String(fx.b.rooms.hall) } }), notBsRoom),
  },
  {
    name: "create a draft in A's summit on B's track (data)",
    allowed: NOBODY,
    attempt: draftInA((fx) => ({ fields: { trackId: String(fx.b.trackId) } }), notBsTrack),
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
  { name: "edit B's keynote in B (data)", allowed: IN_B, changesB: IN_B, attempt: keynote("B", newAbstract) },
  { name: "edit B's keynote posted under A (data)", allowed: NOBODY, attempt: keynote("A", newAbstract) },
  {
    name: "add A's 王斌 to B's keynote (data)",
    allowed: NOBODY,
    attempt: keynote(
      "B",
      (fx) => ({ people: JSON.stringify([{ speakerId: fx.a.speaker("wang-bin"), role: "speaker" }]) }),
      notBsSpeaker,
    ),
  },
  {
    name: "move B's keynote into A's main hall (data)",
    allowed: NOBODY,
    attempt: keynote("B", (fx) => ({ roomId: String(fx.a.room("main-hall")) }), notBsRoom),
  },
  {
    name: "move B's keynote into A's summit (data)",
    allowed: NOBODY,
    attempt: keynote("B", (fx) => ({ forumId: String(fx.a.summitId) }), notBsForum),
  },
  ...inBAndUnderA(
    "delete a session of B",
    "data",
    IN_B,
    (fx, viewer, at, id) =>
      viaData(() => app.deleteSession({ db: fx.db, viewer }, at.id, { sessionId: id!, version: 1 })),
    sessionOfB,
  ),

  // The same through the session form's actions
  {
    name: "save B's keynote in B (action)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx) => saveKeynoteAction(fx, B_SLUG),
  },
  {
    name: "save B's keynote with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) => saveKeynoteAction(fx, A_SLUG, notBsForum),
  },
  {
    name: "create a draft in A's summit with B's Ravi (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      post(
        app.saveSessionAction,
        { $conference: A_SLUG, ...newSessionForm(fx.a.summitId, fresh("A draft "), [[fx.b.speakers.ravi, "speaker"]]) },
        notBsSpeaker,
      ),
  },
  ...inBAndUnderA(
    "delete a session of B",
    "action",
    IN_B,
    (_fx, _viewer, at, id) =>
      post(app.deleteSessionAction, { $conference: at.slug, $session: String(id), $version: "1" }),
    sessionOfB,
  ),
];

describe("tenancy: sessions and their people in two conferences", () => {
  itTriesEveryRole(scratchTenancy(), cases);
});
