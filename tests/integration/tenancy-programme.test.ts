import { state } from "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferenceMemberships, forums, rooms, tracks, users } from "@/db/schema";
import { A_SLUG, B_SLUG, roles, type Role, type Tenancy } from "../support/tenancy-fixture";
import { forumForm, roomForm, settingsForm, trackForm } from "../support/tenancy-forms";
import { form, fresh, readInA, tryAsRole, viaAction, viaData, type TenancyCase } from "../support/tenancy-table";
import { changedTables, snapshotConference } from "../support/tenant-snapshot";

// Forums, rooms, tracks, settings, releases, organizers and new conferences, tried as
// every role against conference A and conference B, forged posts among them ($conference
// names A, the id is B's). Nothing of B may change but by B's own people and admins.
const { deleteForum, saveForum } = await import("@/db/mutations/forums");
const { deleteRoom, saveRoom } = await import("@/db/mutations/rooms");
const { listRooms } = await import("@/db/queries/rooms");
const { deleteTrack, saveTrack } = await import("@/db/mutations/tracks");
const { listTracks } = await import("@/db/queries/tracks");
const { createConference, saveConferenceSettings } = await import("@/db/mutations/conferences");
const { getConferenceSettings } = await import("@/db/queries/conferences");
const { publishRelease } = await import("@/db/mutations/publish-release");
const { previewRelease } = await import("@/db/queries/releases");
const { grantOrganizer, revokeOrganizer } = await import("@/db/mutations/organizers");
const { listOrganizers } = await import("@/db/queries/organizers");
const { listForums } = await import("@/db/queries/forums");
const { listOrganizationChoices } = await import("@/db/queries/organization-choices");
const { listAuditLog } = await import("@/db/queries/audit-log");
const { findWorkspaceConference, listWorkspaceConferences } = await import("@/db/queries/workspace-conferences");
const { deleteForumAction, saveForumAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/forums/actions");
const { deleteRoomAction, saveRoomAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/rooms/actions");
const { deleteTrackAction, saveTrackAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/tracks/actions");
const { saveConferenceSettingsAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/settings/actions");
const { publishAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/publish/actions");
const { grantOrganizerAction, revokeOrganizerAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/organizers/actions");
const { createConferenceAction } = await import("@/app/[locale]/(workspace)/admin/conferences/new/actions");

const ORG_A: Role[] = ["admin", "organizerA"];
const ORG_B: Role[] = ["admin", "organizerB"];
const IN_A: Role[] = ["admin", "organizerA", "forumEditorA"];
const IN_B: Role[] = ["admin", "organizerB", "forumEditorB"];
const NOBODY: Role[] = [];
const idle = { status: "idle" as const };

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
const verifiedUser = (fx: Tenancy) =>
  fx.db
    .insert(users)
    .values({ email: `${fresh("person-")}@podium.test`, emailVerifiedAt: new Date() })
    .returning()
    .get();
const organizerOfB = (fx: Tenancy) => {
  const user = verifiedUser(fx);
  fx.db.insert(conferenceMemberships).values({ userId: user.id, conferenceId: fx.b.id }).run();
  return user.id;
};
const newForum = (date: string) => ({
  name: "新论坛",
  slug: fresh("forum-"),
  kind: "forum",
  date,
  organizations: "[]",
});
const sameSlugAsB = /^slugTaken:conference$/;

const cases: TenancyCase[] = [
  // Forums
  {
    name: "list A's forums",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => listForums(fx.db, viewer, fx.a.id)),
  },
  {
    name: "list B's forums",
    allowed: IN_B,
    attempt: (fx, viewer) => viaData(() => listForums(fx.db, viewer, fx.b.id)),
  },
  {
    name: "list the organizations to pick from in A",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => listOrganizationChoices(fx.db, viewer, fx.a.id)),
  },
  {
    name: "edit B's main forum in B (data)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveForum(
          { db: fx.db, viewer },
          fx.b.id,
          fx.b.forums.main,
          forumForm(fx.db, fx.b.forums.main, { theme: fresh() }),
        ),
      ),
  },
  {
    name: "edit B's main forum posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveForum(
          { db: fx.db, viewer },
          fx.a.id,
          fx.b.forums.main,
          forumForm(fx.db, fx.b.forums.main, { theme: fresh() }),
        ),
      ),
  },
  {
    name: "create a forum in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) => viaData(() => saveForum({ db: fx.db, viewer }, fx.b.id, null, newForum("2030-01-02"))),
  },
  {
    name: "delete an empty forum of B in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: emptyForumOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteForum({ db: fx.db, viewer }, fx.b.id, id!)),
  },
  {
    name: "delete an empty forum of B posted under A (data)",
    allowed: NOBODY,
    prepare: emptyForumOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteForum({ db: fx.db, viewer }, fx.a.id, id!)),
  },
  {
    name: "save B's main forum in B (action)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx) =>
      viaAction(() =>
        saveForumAction(
          idle,
          form({
            $conference: B_SLUG,
            $forum: String(fx.b.forums.main),
            ...forumForm(fx.db, fx.b.forums.main, { theme: fresh() }),
          }),
        ),
      ),
  },
  {
    name: "save B's main forum with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        saveForumAction(
          idle,
          form({
            $conference: A_SLUG,
            $forum: String(fx.b.forums.main),
            ...forumForm(fx.db, fx.b.forums.main, { theme: fresh() }),
          }),
        ),
      ),
  },
  {
    name: "delete B's empty forum in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: emptyForumOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => deleteForumAction(idle, form({ $conference: B_SLUG, $forum: String(id) }))),
  },
  {
    name: "delete B's empty forum with $conference A (action)",
    allowed: NOBODY,
    prepare: emptyForumOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => deleteForumAction(idle, form({ $conference: A_SLUG, $forum: String(id) }))),
  },

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
  {
    name: "delete a spare room of B posted under A (data)",
    allowed: NOBODY,
    prepare: spareRoomOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteRoom({ db: fx.db, viewer }, fx.a.id, id!)),
  },
  {
    name: "delete a spare room of B in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: spareRoomOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteRoom({ db: fx.db, viewer }, fx.b.id, id!)),
  },
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
  {
    name: "delete B's spare room with $conference A (action)",
    allowed: NOBODY,
    prepare: spareRoomOfB,
    attempt: (_fx, _a, id) => viaAction(() => deleteRoomAction(idle, form({ $conference: A_SLUG, $room: String(id) }))),
  },
  {
    name: "delete B's spare room in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: spareRoomOfB,
    attempt: (_fx, _a, id) => viaAction(() => deleteRoomAction(idle, form({ $conference: B_SLUG, $room: String(id) }))),
  },

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
  {
    name: "delete B's spare track posted under A (data)",
    allowed: NOBODY,
    prepare: spareTrackOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteTrack({ db: fx.db, viewer }, fx.a.id, id!)),
  },
  {
    name: "delete B's spare track in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: spareTrackOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteTrack({ db: fx.db, viewer }, fx.b.id, id!)),
  },
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
  {
    name: "delete B's spare track with $conference A (action)",
    allowed: NOBODY,
    prepare: spareTrackOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => deleteTrackAction(idle, form({ $conference: A_SLUG, $track: String(id) }))),
  },
  {
    name: "delete B's spare track in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: spareTrackOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => deleteTrackAction(idle, form({ $conference: B_SLUG, $track: String(id) }))),
  },

  // Settings
  {
    name: "read A's settings",
    allowed: ORG_A,
    attempt: (fx, viewer) => readInA(() => getConferenceSettings(fx.db, viewer, fx.a.id)),
  },
  {
    name: "read B's settings",
    allowed: ORG_B,
    attempt: (fx, viewer) => viaData(() => getConferenceSettings(fx.db, viewer, fx.b.id)),
  },
  {
    name: "save B's settings (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveConferenceSettings(
          { db: fx.db, viewer },
          fx.b.id,
          settingsForm(fx.db, fx.b.id, { website: `https://${fresh()}.example` }),
        ),
      ),
  },
  {
    name: "take B's slug for A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(
        () => saveConferenceSettings({ db: fx.db, viewer }, fx.a.id, settingsForm(fx.db, fx.a.id, { slug: B_SLUG })),
        sameSlugAsB,
      ),
  },
  {
    name: "save B's settings (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      viaAction(() =>
        saveConferenceSettingsAction(
          idle,
          form({ $conference: B_SLUG, ...settingsForm(fx.db, fx.b.id, { website: `https://${fresh()}.example` }) }),
        ),
      ),
  },
  {
    name: "take B's slug for A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(
        () =>
          saveConferenceSettingsAction(
            idle,
            form({ $conference: A_SLUG, ...settingsForm(fx.db, fx.a.id, { slug: B_SLUG }) }),
          ),
        sameSlugAsB,
      ),
  },

  // Releases
  {
    name: "preview A's next release",
    allowed: ORG_A,
    attempt: (fx, viewer) => readInA(() => previewRelease(fx.db, viewer, fx.a.id)),
  },
  {
    name: "preview B's next release",
    allowed: ORG_B,
    attempt: (fx, viewer) => viaData(() => previewRelease(fx.db, viewer, fx.b.id)),
  },
  {
    name: "publish a release of A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) => viaData(() => publishRelease({ db: fx.db, viewer }, fx.a.id, { version: fresh("a-") })),
  },
  {
    name: "publish a release of B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) => viaData(() => publishRelease({ db: fx.db, viewer }, fx.b.id, { version: fresh("b-") })),
  },
  // The form names the conference by slug; only that conference's organizers may publish it.
  {
    name: "publish a release of B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: () =>
      viaAction(() => publishAction({ status: "idle" }, form({ $conference: B_SLUG, version: fresh("b-") }))),
  },
  // An old form's conference id of B beside A's slug reaches nothing of B.
  {
    name: "publish under A's slug with B's id (action)",
    allowed: ORG_A,
    attempt: (fx) =>
      viaAction(() =>
        publishAction(
          { status: "idle" },
          form({ $conference: A_SLUG, conferenceId: String(fx.b.id), version: fresh("a-") }),
        ),
      ),
  },

  // Organizers
  {
    name: "list A's organizers",
    allowed: ORG_A,
    attempt: (fx, viewer) => readInA(() => listOrganizers(fx.db, viewer, fx.a.id)),
  },
  {
    name: "grant organizer rights in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() => grantOrganizer({ db: fx.db, viewer }, fx.b.id, { email: verifiedUser(fx).email })),
  },
  {
    name: "grant B's organizer rights in A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() => grantOrganizer({ db: fx.db, viewer }, fx.a.id, { email: fx.emails.organizerB! })),
    restore: (fx) =>
      fx.db
        .delete(conferenceMemberships)
        .where(
          and(
            eq(conferenceMemberships.userId, fx.viewers.organizerB!.userId),
            eq(conferenceMemberships.conferenceId, fx.a.id),
          ),
        )
        .run(),
  },
  {
    name: "revoke B's organizer posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() => revokeOrganizer({ db: fx.db, viewer }, fx.a.id, fx.viewers.organizerB!.userId)),
  },
  {
    name: "revoke a second organizer of B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: organizerOfB,
    attempt: (fx, viewer, id) => viaData(() => revokeOrganizer({ db: fx.db, viewer }, fx.b.id, id!)),
  },
  {
    name: "grant organizer rights in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      viaAction(() => grantOrganizerAction(idle, form({ $conference: B_SLUG, email: verifiedUser(fx).email }))),
  },
  {
    name: "revoke B's organizer with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        revokeOrganizerAction(idle, form({ $conference: A_SLUG, $user: String(fx.viewers.organizerB!.userId) })),
      ),
  },
  {
    name: "revoke a second organizer of B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: organizerOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => revokeOrganizerAction(idle, form({ $conference: B_SLUG, $user: String(id) }))),
  },

  // New conferences, and who enters which
  {
    name: "create a conference with B's slug (data)",
    allowed: NOBODY,
    attempt: (_fx, viewer) =>
      viaData(
        () =>
          createConference(
            { db: state.db, viewer },
            {
              slug: B_SLUG,
              name: "Copy",
              startDate: "2031-01-01",
              endDate: "2031-01-02",
              timeZone: "UTC",
              defaultLocale: "en",
            },
          ),
        sameSlugAsB,
      ),
  },
  {
    name: "create a conference (action)",
    allowed: ["admin"],
    attempt: () =>
      viaAction(() =>
        createConferenceAction(
          idle,
          form({
            slug: fresh("conf-"),
            name: "New",
            startDate: "2031-01-01",
            endDate: "2031-01-02",
            timeZone: "UTC",
            defaultLocale: "en",
          }),
        ),
      ),
  },
  {
    name: "enter A in the workspace",
    allowed: IN_A,
    attempt: (fx, viewer) => (findWorkspaceConference(fx.db, viewer, A_SLUG) ? "allow" : "deny"),
  },
  {
    name: "enter B in the workspace",
    allowed: IN_B,
    attempt: (fx, viewer) => (findWorkspaceConference(fx.db, viewer, B_SLUG) ? "allow" : "deny"),
  },
  {
    name: "find B among one's workspace conferences",
    allowed: IN_B,
    attempt: (fx, viewer) => (listWorkspaceConferences(fx.db, viewer).some((c) => c.id === fx.b.id) ? "allow" : "deny"),
  },

  // The audit log
  {
    name: "read A's audit log",
    allowed: ORG_A,
    attempt: (fx, viewer) => readInA(() => listAuditLog(fx.db, viewer, fx.a.id, 1, 1000)),
  },
  {
    name: "read B's audit log",
    allowed: ORG_B,
    attempt: (fx, viewer) => viaData(() => listAuditLog(fx.db, viewer, fx.b.id, 1)),
  },
];

describe("tenancy: forums, rooms, tracks, settings, releases and organizers of two conferences", () => {
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

  for (const c of cases) {
    for (const role of roles) {
      it(`${c.name}: ${role} → ${c.allowed.includes(role) ? "allow" : "deny"}`, async () => {
        state.viewer = t.fx.viewers[role];
        await tryAsRole(t.fx, c, role, t.fx.viewers[role]);
      });
    }
  }
});
