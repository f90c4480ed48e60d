import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe, expect, it } from "vitest";
import { forums, rooms, tracks } from "@/db/schema";
import { A_SLUG, B_SLUG, type Tenancy } from "../support/tenancy-fixture";
import { forumForm, roomForm, trackForm } from "../support/tenancy-forms";
import {
  form,
  fresh,
  idle,
  IN_A,
  IN_B,
  inBAndUnderA,
  itTriesEveryRole,
  NOBODY,
  ORG_A,
  ORG_B,
  readInA,
  readsOfAAndB,
  viaAction,
  viaData,
  type TenancyCase,
} from "../support/tenancy-table";
import { changedTables, snapshotConference } from "../support/tenant-snapshot";

// Forums, rooms and tracks tried as every role against conferences A and B, forged posts among them ($conference
// names A, the id is B's): nothing of B changes but by B's own people and admins. Settings: tenancy-conference.
const { deleteForum, saveForum } = await import("@/db/mutations/forums");
const { deleteRoom, saveRoom } = await import("@/db/mutations/rooms");
const { listRooms } = await import("@/db/queries/rooms");
const { deleteTrack, saveTrack } = await import("@/db/mutations/tracks");
const { listTracks } = await import("@/db/queries/tracks");
const { listForums } = await import("@/db/queries/forums");
const { listOrganizationChoices } = await import("@/db/queries/organization-choices");
const { deleteForumAction, saveForumAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/forums/actions");
const { deleteRoomAction, saveRoomAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/rooms/actions");
const { deleteTrackAction, saveTrackAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/tracks/actions");

const emptyForumOfB = (fx: Tenancy) =>
  fx.db
    .insert(forums)
    .values({ conferenceId: fx.b.id, slug: fresh("b-empty-"), name: "B empty forum", date: "2030-01-02" })
    .returning()
    .get().id;
const spareRoomOfB = (fx: Tenancy) =>
  fx.db
    .insert(rooms)
    .values({ conferenceId: fx.b.id, slug: fresh("b-room-"), name: "B spare room" })
    .returning()
    .get().id;
const spareTrackOfB = (fx: Tenancy) =>
  fx.db
    .insert(tracks)
    .values({ conferenceId: fx.b.id, slug: fresh("b-track-"), name: "B spare track" })
    .returning()
    .get().id;
const newForum = (date: string) => ({
  name: "新论坛",
  slug: fresh("forum-"),
  kind: "forum",
  date,
  organizations: "[]",
});

const cases: TenancyCase[] = [
  // Forums
  ...readsOfAAndB("list {}'s forums", [IN_A, IN_B], (fx, viewer, id) => listForums(fx.db, viewer, id)),
  {
    name: "list the organizations to pick from in A",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => listOrganizationChoices(fx.db, viewer, fx.a.id)),
  },
  ...inBAndUnderA("edit B's main forum", "data", IN_B, (fx, viewer, at) =>
    viaData(() =>
      saveForum({ db: fx.db, viewer }, at.id, fx.b.forums.main, forumForm(fx.db, fx.b.forums.main, { theme: fresh() })),
    ),
  ),
  {
    name: "create a forum in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) => viaData(() => saveForum({ db: fx.db, viewer }, fx.b.id, null, newForum("2030-01-02"))),
  },
  ...inBAndUnderA(
    "delete an empty forum of B",
    "data",
    ORG_B,
    (fx, viewer, at, id) => viaData(() => deleteForum({ db: fx.db, viewer }, at.id, id!)),
    emptyForumOfB,
  ),
  ...inBAndUnderA("save B's main forum", "action", IN_B, (fx, _viewer, at) =>
    viaAction(() =>
      saveForumAction(
        idle,
        form({
          $conference: at.slug,
          $forum: String(fx.b.forums.main),
          ...forumForm(fx.db, fx.b.forums.main, { theme: fresh() }),
        }),
      ),
    ),
  ),
  ...inBAndUnderA(
    "delete B's empty forum",
    "action",
    ORG_B,
    (_fx, _viewer, at, id) =>
      viaAction(() => deleteForumAction(idle, form({ $conference: at.slug, $forum: String(id) }))),
    emptyForumOfB,
  ),

  // Rooms
  { name: "list A's rooms", allowed: ORG_A, attempt: (fx, viewer) => readInA(() => listRooms(fx.db, viewer, fx.a.id)) },
  {
    name: "update B's hall in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveRoom(
          { db: fx.db, viewer },
          fx.b.id,
          fx.b.rooms.hall,
          roomForm(fx.db, fx.b.rooms.hall, { nameEn: fresh() }),
        ),
      ),
  },
  {
    name: "update B's hall posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveRoom(
          { db: fx.db, viewer },
          fx.a.id,
          fx.b.rooms.hall,
          roomForm(fx.db, fx.b.rooms.hall, { slug: fresh("hall-") }),
        ),
      ),
  },
  // Its slug is A's main hall's too: refused as a clash in A, or not found; never B's row.
  {
    name: "update B's hall under A keeping its slug (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(
        () => saveRoom({ db: fx.db, viewer }, fx.a.id, fx.b.rooms.hall, roomForm(fx.db, fx.b.rooms.hall)),
        /Another room of this conference/,
      ),
  },
  ...inBAndUnderA(
    "delete a spare room of B",
    "data",
    ORG_B,
    (fx, viewer, at, id) => viaData(() => deleteRoom({ db: fx.db, viewer }, at.id, id!)),
    spareRoomOfB,
  ),
  {
    name: "save B's hall with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        saveRoomAction(
          idle,
          form({
            $conference: A_SLUG,
            $room: String(fx.b.rooms.hall),
            ...roomForm(fx.db, fx.b.rooms.hall, { slug: fresh("hall-") }),
          }),
        ),
      ),
  },
  {
    name: "save B's hall in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      viaAction(() =>
        saveRoomAction(
          idle,
          form({
            $conference: B_SLUG,
            $room: String(fx.b.rooms.hall),
            ...roomForm(fx.db, fx.b.rooms.hall, { nameEn: fresh() }),
          }),
        ),
      ),
  },
  ...inBAndUnderA(
    "delete B's spare room",
    "action",
    ORG_B,
    (_fx, _viewer, at, id) =>
      viaAction(() => deleteRoomAction(idle, form({ $conference: at.slug, $room: String(id) }))),
    spareRoomOfB,
  ),

  // Tracks
  {
    name: "list A's tracks",
    allowed: ORG_A,
    attempt: (fx, viewer) => readInA(() => listTracks(fx.db, viewer, fx.a.id)),
  },
  {
    name: "update B's track in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveTrack({ db: fx.db, viewer }, fx.b.id, fx.b.trackId, trackForm(fx.db, fx.b.trackId, { nameEn: fresh() })),
      ),
  },
  {
    name: "update B's track posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveTrack(
          { db: fx.db, viewer },
          fx.a.id,
          fx.b.trackId,
          trackForm(fx.db, fx.b.trackId, { slug: fresh("track-") }),
        ),
      ),
  },
  ...inBAndUnderA(
    "delete B's spare track",
    "data",
    ORG_B,
    (fx, viewer, at, id) => viaData(() => deleteTrack({ db: fx.db, viewer }, at.id, id!)),
    spareTrackOfB,
  ),
  {
    name: "save B's track with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        saveTrackAction(
          idle,
          form({
            $conference: A_SLUG,
            $track: String(fx.b.trackId),
            ...trackForm(fx.db, fx.b.trackId, { slug: fresh("track-") }),
          }),
        ),
      ),
  },
  {
    name: "save B's track in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      viaAction(() =>
        saveTrackAction(
          idle,
          form({
            $conference: B_SLUG,
            $track: String(fx.b.trackId),
            ...trackForm(fx.db, fx.b.trackId, { nameEn: fresh() }),
          }),
        ),
      ),
  },
  ...inBAndUnderA(
    "delete B's spare track",
    "action",
    ORG_B,
    (_fx, _viewer, at, id) =>
      viaAction(() => deleteTrackAction(idle, form({ $conference: at.slug, $track: String(id) }))),
    spareTrackOfB,
  ),
];

describe("tenancy: forums, rooms and tracks of two conferences", () => {
  const t = scratchTenancy();

  it("sees a write to B in the snapshot of B (the comparison below is no blind spot)", () => {
    const before = snapshotConference(t.fx.db, t.fx.b.id);
    saveRoom(
      { db: t.fx.db, viewer: t.fx.viewers.organizerB },
      t.fx.b.id,
      t.fx.b.rooms.annex,
      roomForm(t.fx.db, t.fx.b.rooms.annex, { nameEn: "seen" }),
    );
    expect(changedTables(before, snapshotConference(t.fx.db, t.fx.b.id))).toEqual(["rooms", "auditEntries"]);
  });

  itTriesEveryRole(t, cases);
});
