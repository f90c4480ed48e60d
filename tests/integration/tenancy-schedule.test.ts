import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe } from "vitest";
import { sessions } from "@/db/schema";
import { eq } from "drizzle-orm";
import { A_SLUG, B_SLUG, IN_A, IN_B, NOBODY, type Tenancy } from "../support/tenancy-fixture";
import {
  itTriesEveryRole,
  readOfA,
  viaAction,
  viaData,
  type Outcome,
  type TenancyCase,
} from "../support/tenancy-table";

// The schedule editor, tried as every role against both conferences: a move names only the session,
// and its forum's conference decides; a session is never placed in another conference's room.
const app = await import("../support/app-actions/sessions");

const A_SESSION = "IP的跨平台运营";
const notBsRoom = /^notInConference:room$/;

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
      app.moveSessionAction({
        ...p,
        startsAt: p.startsAt?.toISOString() ?? null,
        endsAt: p.endsAt?.toISOString() ?? null,
      }),
    refusals,
  );
}

const cases: TenancyCase[] = [
  readOfA("open A's schedule editor", IN_A, (fx, viewer) => app.loadScheduleEditor(fx.db, viewer, A_SLUG)),
  {
    name: "open B's schedule editor",
    allowed: IN_B,
    attempt: (fx, viewer) => viaData(() => app.loadScheduleEditor(fx.db, viewer, B_SLUG)),
  },

  // The schedule editor: a move names only the session; its forum's conference decides.
  {
    name: "re-place B's keynote (data)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx, viewer) =>
      viaData(() => app.scheduleSession({ db: fx.db, viewer }, ...placed(fx, fx.b.sessions.keynote))),
  },
  {
    name: "place B's keynote in A's main hall (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(
        () => app.scheduleSession({ db: fx.db, viewer }, ...placed(fx, fx.b.sessions.keynote, fx.a.room("main-hall"))),
        notBsRoom,
      ),
  },
  {
    name: "place A's session in B's hall (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(
        () => app.scheduleSession({ db: fx.db, viewer }, ...placed(fx, fx.a.session(A_SESSION), fx.b.rooms.hall)),
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

describe("tenancy: the schedule editor of two conferences", () => {
  itTriesEveryRole(scratchTenancy(), cases);
});
