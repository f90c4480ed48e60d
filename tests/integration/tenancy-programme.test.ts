import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe, expect, it } from "vitest";
import { forums, rooms, tracks } from "@/db/schema";
import { IN_A, IN_B, NOBODY, ORG_A, ORG_B, type Tenancy } from "../support/tenancy-fixture";
import { forumForm, roomForm, trackForm } from "../support/tenancy-forms";
import { fresh, itTriesEveryRole, readOfA, readsOfAAndB, viaData, type TenancyCase } from "../support/tenancy-table";
import { deletesOfSpare, formSaves, spareOfB, type DeleteKind } from "../support/tenancy-writes";
import { changedTables, snapshotConference } from "../support/tenant-snapshot";

// Forums, rooms and tracks tried as every role against conferences A and B, forged posts among them ($conference
// names A, the id is B's): nothing of B changes but by B's own people and admins. Settings: tenancy-conference.
const app = await import("../support/app-actions/programme");

const forum = formSaves({ save: app.saveForum, action: app.saveForumAction, field: "$forum", form: forumForm });
const room = formSaves({ save: app.saveRoom, action: app.saveRoomAction, field: "$room", form: roomForm });
const track = formSaves({ save: app.saveTrack, action: app.saveTrackAction, field: "$track", form: trackForm });
const emptyForum: DeleteKind = {
  remove: app.deleteForum,
  action: app.deleteForumAction,
  field: "$forum",
  spare: spareOfB(forums, "b-empty-", { name: "B empty forum", date: "2030-01-02" }),
};
const spareRoom: DeleteKind = {
  remove: app.deleteRoom,
  action: app.deleteRoomAction,
  field: "$room",
  spare: spareOfB(rooms, "b-room-", { name: "B spare room" }),
};
const spareTrack: DeleteKind = {
  remove: app.deleteTrack,
  action: app.deleteTrackAction,
  field: "$track",
  spare: spareOfB(tracks, "b-track-", { name: "B spare track" }),
};
const mainForum = (fx: Tenancy) => fx.b.forums.main;
const hall = (fx: Tenancy) => fx.b.rooms.hall;
const trackOfB = (fx: Tenancy) => fx.b.trackId;
const newTheme = () => ({ theme: fresh() });
const newNameEn = () => ({ nameEn: fresh() });
// Forged under A with a fresh slug, so a refusal is never a clash with A's own rooms and tracks.
const newSlug = (prefix: string) => () => ({ slug: fresh(prefix) });

const newForum = (date: string) => ({
  name: "新论坛",
  slug: fresh("forum-"),
  kind: "forum",
  date,
  organizations: "[]",
});

const cases: TenancyCase[] = [
  // Forums
  ...readsOfAAndB("list {}'s forums", [IN_A, IN_B], (fx, viewer, id) => app.listForums(fx.db, viewer, id)),
  readOfA("list the organizations to pick from in A", IN_A, (fx, viewer, id) =>
    app.listOrganizationChoices(fx.db, viewer, id),
  ),
  {
    name: "edit B's main forum in B (data)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: forum.data("B", mainForum, newTheme),
  },
  { name: "edit B's main forum posted under A (data)", allowed: NOBODY, attempt: forum.data("A", mainForum, newTheme) },
  {
    name: "create a forum in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) => viaData(() => app.saveForum({ db: fx.db, viewer }, fx.b.id, null, newForum("2030-01-02"))),
  },
  {
    name: "save B's main forum in B (action)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: forum.action("B", mainForum, newTheme),
  },
  {
    name: "save B's main forum with $conference A (action)",
    allowed: NOBODY,
    attempt: forum.action("A", mainForum, newTheme),
  },
  ...deletesOfSpare(["delete an empty forum of B", "delete B's empty forum"], ORG_B, emptyForum),

  // Rooms
  readOfA("list A's rooms", ORG_A, (fx, viewer, id) => app.listRooms(fx.db, viewer, id)),
  { name: "update B's hall in B (data)", allowed: ORG_B, changesB: ORG_B, attempt: room.data("B", hall, newNameEn) },
  { name: "update B's hall posted under A (data)", allowed: NOBODY, attempt: room.data("A", hall, newSlug("hall-")) },
  // Its slug is A's main hall's too: refused as a clash in A, or not found; never B's row.
  {
    name: "update B's hall under A keeping its slug (data)",
    allowed: NOBODY,
    attempt: room.data("A", hall, undefined, /Another room of this conference/),
  },
  {
    name: "save B's hall with $conference A (action)",
    allowed: NOBODY,
    attempt: room.action("A", hall, newSlug("hall-")),
  },
  { name: "save B's hall in B (action)", allowed: ORG_B, changesB: ORG_B, attempt: room.action("B", hall, newNameEn) },
  ...deletesOfSpare(["delete a spare room of B", "delete B's spare room"], ORG_B, spareRoom),

  // Tracks
  readOfA("list A's tracks", ORG_A, (fx, viewer, id) => app.listTracks(fx.db, viewer, id)),
  {
    name: "update B's track in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: track.data("B", trackOfB, newNameEn),
  },
  {
    name: "update B's track posted under A (data)",
    allowed: NOBODY,
    attempt: track.data("A", trackOfB, newSlug("track-")),
  },
  {
    name: "save B's track with $conference A (action)",
    allowed: NOBODY,
    attempt: track.action("A", trackOfB, newSlug("track-")),
  },
  {
    name: "save B's track in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: track.action("B", trackOfB, newNameEn),
  },
  ...deletesOfSpare(["delete B's spare track", "delete B's spare track"], ORG_B, spareTrack),
];

describe("tenancy: forums, rooms and tracks of two conferences", () => {
  const t = scratchTenancy();

  it("sees a write to B in the snapshot of B (the comparison below is no blind spot)", () => {
    const before = snapshotConference(t.fx.db, t.fx.b.id);
    app.saveRoom(
      { db: t.fx.db, viewer: t.fx.viewers.organizerB },
      t.fx.b.id,
      t.fx.b.rooms.annex,
      roomForm(t.fx.db, t.fx.b.rooms.annex, { nameEn: "seen" }),
    );
    expect(changedTables(before, snapshotConference(t.fx.db, t.fx.b.id))).toEqual(["rooms", "auditEntries"]);
  });

  itTriesEveryRole(t, cases);
});
