import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rooms, tracks } from "@/db/schema";
import { runAction } from "../support/server-action";
import { type WorkspaceCase, tryEveryRole, viaRedirect, viaThrow } from "../support/workspace-table";

// Who may change a conference's tracks and rooms: its organizers (and platform admins), each in their own conference.
const { deleteTrack, saveTrack } = await import("@/db/mutations/tracks");
const { listTracks } = await import("@/db/queries/tracks");
const { deleteRoom, saveRoom } = await import("@/db/mutations/rooms");
const { deleteTrackAction, saveTrackAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/tracks/actions");
const { deleteRoomAction, saveRoomAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/rooms/actions");

let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}`;
const DEMO = "china-netav-2017";
const newTrack = (conferenceId: number) =>
  state.db
    .insert(tracks)
    .values({ conferenceId, slug: unique("doomed-track"), name: "Doomed" })
    .returning()
    .get().id;
const newRoom = (conferenceId: number) =>
  state.db
    .insert(rooms)
    .values({ conferenceId, slug: unique("doomed-room"), name: "Doomed" })
    .returning()
    .get().id;
const trackForm = () => ({ name: "专题", slug: unique("track"), color: "#1d4ed8", position: "0" });
const roomForm = () => ({ name: "会场", slug: unique("room"), capacity: "80", position: "0" });
let existingTrackId = 0;
let existingRoomId = 0;

const cases: WorkspaceCase[] = [
  // Tracks: organizers of the conference.
  {
    name: "list the tracks (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => listTracks(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "create a track (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => saveTrack({ db: state.db, viewer }, ws.conferenceId, null, trackForm())),
  },
  {
    name: "update a track (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveTrack({ db: state.db, viewer }, ws.conferenceId, existingTrackId, {
          ...trackForm(),
          slug: "auth-track",
        }),
      ),
  },
  {
    name: "delete a track (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => deleteTrack({ db: state.db, viewer }, ws.conferenceId, newTrack(ws.conferenceId))),
  },
  {
    name: "create a track of the other conference (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => saveTrack({ db: state.db, viewer }, ws.otherConferenceId, null, trackForm())),
  },
  {
    name: "save a track (server action)",
    allowed: ["admin", "organizer"],
    attempt: () => viaRedirect(saveTrackAction, { $conference: DEMO, ...trackForm() }),
  },
  {
    name: "delete a track (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) => viaRedirect(deleteTrackAction, { $conference: DEMO, $track: String(newTrack(ws.conferenceId)) }),
  },

  // Rooms: organizers of the conference.
  {
    name: "create a room (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => saveRoom({ db: state.db, viewer }, ws.conferenceId, null, roomForm())),
  },
  {
    name: "update a room (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveRoom({ db: state.db, viewer }, ws.conferenceId, existingRoomId, {
          ...roomForm(),
          slug: "auth-room",
        }),
      ),
  },
  {
    name: "delete a room (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => deleteRoom({ db: state.db, viewer }, ws.conferenceId, newRoom(ws.conferenceId))),
  },
  {
    name: "create a room of the other conference (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) => viaThrow(() => saveRoom({ db: state.db, viewer }, ws.otherConferenceId, null, roomForm())),
  },
  {
    name: "save a room (server action)",
    allowed: ["admin", "organizer"],
    attempt: () => viaRedirect(saveRoomAction, { $conference: DEMO, ...roomForm() }),
  },
  {
    name: "delete a room (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) => viaRedirect(deleteRoomAction, { $conference: DEMO, $room: String(newRoom(ws.conferenceId)) }),
  },
];

describe("who may change tracks and rooms", () => {
  const t = scratchWorkspace();
  beforeAll(() => {
    existingTrackId = t.db
      .insert(tracks)
      .values({ conferenceId: t.ws.conferenceId, slug: "auth-track", name: "专题" })
      .returning()
      .get().id;
    existingRoomId = t.db
      .insert(rooms)
      .values({ conferenceId: t.ws.conferenceId, slug: "auth-room", name: "会场" })
      .returning()
      .get().id;
  });

  tryEveryRole(t, cases);

  // The conference comes from the form and the room's id too: a forged pair must not reach another conference's room.
  it("keeps a room of the demo from the other conference's organizer posting it under his conference", async () => {
    state.viewer = t.ws.viewers.otherOrganizer;
    const room = () => state.db.select().from(rooms).where(eq(rooms.id, existingRoomId)).get();
    const before = room();
    expect(
      await runAction(saveRoomAction, { $conference: "other-conf", $room: String(existingRoomId), ...roomForm() }),
    ).toMatchObject({ state: { status: "error", problem: { code: "notFound" } } });
    expect(
      await runAction(deleteRoomAction, { $conference: "other-conf", $room: String(existingRoomId) }),
    ).toMatchObject({ state: { status: "error", problem: { code: "notFound" } } });
    expect(room()).toEqual(before);
  });
});
