import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rooms, tracks } from "@/db/schema";
import type { WriteContext } from "@/db/mutations/pipeline";
import type { ActionResult } from "@/lib/admin/action-result";
import type { Role } from "../support/workspace-fixture";
import { runAction } from "../support/server-action";
import { actionCase, dataCase, demoRead, tryEveryRole, type WorkspaceCase } from "../support/workspace-table";

// Who may change a conference's tracks and rooms: its organizers (and platform admins), each in their
// own conference. Tracks and rooms are guarded alike, so one table serves both.
const app = await import("../support/app-actions/programme");

let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}`;
const DEMO = "china-netav-2017";

/** A track or a room: how to add a row of it, its form, and its data functions and actions. */
interface Kind {
  word: "track" | "room";
  add: (conferenceId: number, slug: string, name: string) => number;
  form: () => Record<string, string>;
  save: (ctx: WriteContext, conferenceId: number, id: number | null, form: Record<string, string>) => unknown;
  remove: (ctx: WriteContext, conferenceId: number, id: number) => unknown;
  saveAction: (s: ActionResult, f: FormData) => Promise<ActionResult>;
  deleteAction: (s: ActionResult, f: FormData) => Promise<ActionResult>;
}
const track: Kind = {
  word: "track",
  add: (conferenceId, slug, name) => state.db.insert(tracks).values({ conferenceId, slug, name }).returning().get().id,
  form: () => ({ name: "专题", slug: unique("track"), color: "#1d4ed8", position: "0" }),
  save: app.saveTrack,
  remove: app.deleteTrack,
  saveAction: app.saveTrackAction,
  deleteAction: app.deleteTrackAction,
};
const room: Kind = {
  word: "room",
  add: (conferenceId, slug, name) => state.db.insert(rooms).values({ conferenceId, slug, name }).returning().get().id,
  form: () => ({ name: "会场", slug: unique("room"), capacity: "80", position: "0" }),
  save: app.saveRoom,
  remove: app.deleteRoom,
  saveAction: app.saveRoomAction,
  deleteAction: app.deleteRoomAction,
};
/** The track and the room ("auth-track", "auth-room") the updates change, made before the tests. */
const existing = { track: 0, room: 0 };
const doomed = (kind: Kind, conferenceId: number) => kind.add(conferenceId, unique(`doomed-${kind.word}`), "Doomed");

const organizers: Role[] = ["admin", "organizer"];
const otherOrganizers: Role[] = ["admin", "otherOrganizer"];

/** Create, update and delete one of the demo, and create one of the other conference. */
const organizersOwn = (kind: Kind): WorkspaceCase[] => [
  dataCase(`create a ${kind.word} (data function)`, organizers, (ctx, ws) =>
    kind.save(ctx, ws.conferenceId, null, kind.form()),
  ),
  dataCase(`update a ${kind.word} (data function)`, organizers, (ctx, ws) =>
    kind.save(ctx, ws.conferenceId, existing[kind.word], { ...kind.form(), slug: `auth-${kind.word}` }),
  ),
  dataCase(`delete a ${kind.word} (data function)`, organizers, (ctx, ws) =>
    kind.remove(ctx, ws.conferenceId, doomed(kind, ws.conferenceId)),
  ),
  dataCase(`create a ${kind.word} of the other conference (data function)`, otherOrganizers, (ctx, ws) =>
    kind.save(ctx, ws.otherConferenceId, null, kind.form()),
  ),
  actionCase(`save a ${kind.word} (server action)`, organizers, kind.saveAction, () => ({
    $conference: DEMO,
    ...kind.form(),
  })),
  actionCase(`delete a ${kind.word} (server action)`, organizers, kind.deleteAction, (ws) => ({
    $conference: DEMO,
    [`$${kind.word}`]: String(doomed(kind, ws.conferenceId)),
  })),
];

const cases: WorkspaceCase[] = [
  demoRead("list the tracks (data function)", organizers, app.listTracks),
  ...organizersOwn(track),
  ...organizersOwn(room),
];

describe("who may change tracks and rooms", () => {
  const t = scratchWorkspace();
  beforeAll(() => {
    existing.track = track.add(t.ws.conferenceId, "auth-track", "专题");
    existing.room = room.add(t.ws.conferenceId, "auth-room", "会场");
  });

  tryEveryRole(t, cases);

  // The conference comes from the form and the room's id too: a forged pair must not reach another conference's room.
  it("keeps a room of the demo from the other conference's organizer posting it under his conference", async () => {
    state.viewer = t.ws.viewers.otherOrganizer;
    const roomRow = () => state.db.select().from(rooms).where(eq(rooms.id, existing.room)).get();
    const before = roomRow();
    expect(
      await runAction(app.saveRoomAction, { $conference: "other-conf", $room: String(existing.room), ...room.form() }),
    ).toMatchObject({ state: { status: "error", problem: { code: "notFound" } } });
    expect(
      await runAction(app.deleteRoomAction, { $conference: "other-conf", $room: String(existing.room) }),
    ).toMatchObject({ state: { status: "error", problem: { code: "notFound" } } });
    expect(roomRow()).toEqual(before);
  });
});
