import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { conferenceMemberships, conferences, organizations, rooms, tracks, users, type Conference } from "@/db/schema";
import type { ActionResult } from "@/lib/admin/action-result";
import type { Viewer } from "@/lib/auth/permissions";
import { runAction } from "../support/server-action";
import { type Outcome, type WorkspaceCase, tryEveryRole, viaThrow } from "../support/workspace-table";

const { deleteTrack, saveTrack } = await import("@/db/mutations/tracks");
const { listTracks } = await import("@/db/queries/tracks");
const { deleteRoom, saveRoom } = await import("@/db/mutations/rooms");
const { deleteOrganization, saveOrganization } = await import("@/db/mutations/organizations");
const { listOrganizations } = await import("@/db/queries/organizations");
const { createConference, saveConferenceSettings } = await import("@/db/mutations/conferences");
const { getConferenceSettings } = await import("@/db/queries/conferences");
const { grantOrganizer, revokeOrganizer } = await import("@/db/mutations/organizers");
const { listOrganizers } = await import("@/db/queries/organizers");
const { deleteTrackAction, saveTrackAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/tracks/actions");
const { deleteRoomAction, saveRoomAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/rooms/actions");
const { deleteOrganizationAction, saveOrganizationAction } =
  await import("@/app/[locale]/(workspace)/admin/organizations/actions");
const { saveConferenceSettingsAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/settings/actions");
const { createConferenceAction } = await import("@/app/[locale]/(workspace)/admin/conferences/new/actions");
const { grantOrganizerAction, revokeOrganizerAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/organizers/actions");

/** A server action allows by redirecting after the write, and denies with the "forbidden" problem. */
const viaAction = async (
  action: (s: ActionResult, f: FormData) => Promise<ActionResult>,
  fields: Record<string, string>,
): Promise<Outcome> => {
  const outcome = await runAction(action, fields);
  if ("redirect" in outcome) return "allow";
  if (outcome.state.status === "error" && outcome.state.problem?.code === "forbidden") return "deny";
  throw new Error(`neither allowed nor forbidden: ${JSON.stringify(outcome.state)}`);
};

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
const newOrganization = () =>
  state.db
    .insert(organizations)
    .values({ slug: unique("doomed-org"), name: "Doomed" })
    .returning()
    .get().id;
// Confirmed addresses: organizer rights by email go only to those (tests/integration/organizers.test.ts).
const newUser = () =>
  state.db
    .insert(users)
    .values({ email: `${unique("person")}@podium.test`, emailVerifiedAt: new Date() })
    .returning()
    .get();
const newOrganizer = (conferenceId: number) => {
  const user = newUser();
  state.db.insert(conferenceMemberships).values({ userId: user.id, conferenceId }).run();
  return user.id;
};
const conference = (id: number) => state.db.select().from(conferences).where(eq(conferences.id, id)).get()!;
const settingsForm = (c: Conference): Record<string, string> => ({
  slug: c.slug,
  name: c.name,
  startDate: c.startDate,
  endDate: c.endDate,
  timeZone: c.timeZone,
  defaultLocale: c.defaultLocale,
  theme: c.theme,
  city: c.city,
  venue: c.venue,
  website: c.website ?? "",
  ...(c.published ? { published: "on" } : {}),
});
const trackForm = () => ({ name: "专题", slug: unique("track"), color: "#1d4ed8", position: "0" });
const roomForm = () => ({ name: "会场", slug: unique("room"), capacity: "80", position: "0" });
const organizationForm = () => ({ name: "机构", slug: unique("org") });
const miguId = () => state.db.select().from(organizations).where(eq(organizations.slug, "migu")).get()!.id;
const miguForm = () => {
  const migu = state.db.select().from(organizations).where(eq(organizations.slug, "migu")).get()!;
  return {
    name: migu.name,
    nameEn: migu.translations.en?.name ?? "",
    shortName: unique("咪咕"),
    slug: migu.slug,
    website: migu.website ?? "",
    parentId: migu.parentId === null ? "" : String(migu.parentId),
  };
};
const addedBy = (viewer: Viewer) =>
  state.db
    .insert(organizations)
    .values({ slug: unique("added-org"), name: "新机构", createdByUserId: viewer.userId })
    .returning()
    .get().id;
const newConferenceForm = () => ({
  slug: unique("conf"),
  name: "会议",
  startDate: "2030-05-01",
  endDate: "2030-05-02",
  timeZone: "Asia/Shanghai",
  defaultLocale: "zh-CN",
});
let existingTrackId = 0;
let existingRoomId = 0;
let existingOrganizationId = 0;

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
    attempt: () => viaAction(saveTrackAction, { $conference: DEMO, ...trackForm() }),
  },
  {
    name: "delete a track (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) => viaAction(deleteTrackAction, { $conference: DEMO, $track: String(newTrack(ws.conferenceId)) }),
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
    attempt: () => viaAction(saveRoomAction, { $conference: DEMO, ...roomForm() }),
  },
  {
    name: "delete a room (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) => viaAction(deleteRoomAction, { $conference: DEMO, $room: String(newRoom(ws.conferenceId)) }),
  },

  // Organizations: shared by all conferences; platform admins and anyone who organizes a conference.
  {
    name: "list the organizations (data function)",
    allowed: ["admin", "organizer", "otherOrganizer", "forumEditor", "otherForumEditor"],
    attempt: (_ws, viewer) => viaThrow(() => listOrganizations(state.db, viewer)),
  },
  {
    name: "create an organization (data function)",
    allowed: ["admin", "organizer", "otherOrganizer"],
    attempt: (_ws, viewer) => viaThrow(() => saveOrganization({ db: state.db, viewer }, null, organizationForm())),
  },
  // Shared by every conference: its members and platform admins change it, and whoever added it while it has no members.
  {
    name: "update an organization nobody belongs to (data function)",
    allowed: ["admin"],
    attempt: (_ws, viewer) =>
      viaThrow(() =>
        saveOrganization({ db: state.db, viewer }, existingOrganizationId, { name: "机构", slug: "auth-org" }),
      ),
  },
  {
    name: "update 咪咕, whose member is the forum editor (data function)",
    allowed: ["admin", "forumEditor"],
    attempt: (_ws, viewer) => viaThrow(() => saveOrganization({ db: state.db, viewer }, miguId(), miguForm())),
  },
  {
    name: "update an organization the organizer added (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveOrganization({ db: state.db, viewer }, addedBy(ws.viewers.organizer!), {
          name: "机构",
          slug: unique("added"),
        }),
      ),
  },
  {
    name: "delete an organization nobody belongs to (data function)",
    allowed: ["admin"],
    attempt: (_ws, viewer) => viaThrow(() => deleteOrganization({ db: state.db, viewer }, newOrganization())),
  },
  {
    name: "delete an organization the organizer added (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => deleteOrganization({ db: state.db, viewer }, addedBy(ws.viewers.organizer!))),
  },
  {
    name: "save an organization (server action)",
    allowed: ["admin", "organizer", "otherOrganizer"],
    attempt: () => viaAction(saveOrganizationAction, organizationForm()),
  },
  {
    name: "delete an organization nobody belongs to (server action)",
    allowed: ["admin"],
    attempt: () => viaAction(deleteOrganizationAction, { $organization: String(newOrganization()) }),
  },

  // Conference settings: organizers of the conference.
  {
    name: "read the conference settings (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => getConferenceSettings(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "save the conference settings (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveConferenceSettings({ db: state.db, viewer }, ws.conferenceId, settingsForm(conference(ws.conferenceId))),
      ),
  },
  {
    name: "save the other conference's settings (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveConferenceSettings(
          { db: state.db, viewer },
          ws.otherConferenceId,
          settingsForm(conference(ws.otherConferenceId)),
        ),
      ),
  },
  {
    name: "save the conference settings (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) =>
      viaAction(saveConferenceSettingsAction, {
        $conference: DEMO,
        ...settingsForm(conference(ws.conferenceId)),
        website: `https://${unique("netav")}.example.cn`,
      }),
  },

  // New conference: platform admins only.
  {
    name: "create a conference (data function)",
    allowed: ["admin"],
    attempt: (_ws, viewer) => viaThrow(() => createConference({ db: state.db, viewer }, newConferenceForm())),
  },
  {
    name: "create a conference (server action)",
    allowed: ["admin"],
    attempt: () => viaAction(createConferenceAction, newConferenceForm()),
  },

  // Organizers: platform admins, and the conference's own organizers.
  {
    name: "list the organizers (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) => viaThrow(() => listOrganizers(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "grant organizer rights (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => grantOrganizer({ db: state.db, viewer }, ws.conferenceId, { email: newUser().email })),
  },
  {
    name: "grant organizer rights in the other conference (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => grantOrganizer({ db: state.db, viewer }, ws.otherConferenceId, { email: newUser().email })),
  },
  {
    name: "revoke organizer rights (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => revokeOrganizer({ db: state.db, viewer }, ws.conferenceId, newOrganizer(ws.conferenceId))),
  },
  {
    name: "grant organizer rights (server action)",
    allowed: ["admin", "organizer"],
    attempt: () => viaAction(grantOrganizerAction, { $conference: DEMO, email: newUser().email }),
  },
  {
    name: "revoke organizer rights (server action)",
    allowed: ["admin", "organizer"],
    attempt: (ws) =>
      viaAction(revokeOrganizerAction, { $conference: DEMO, $user: String(newOrganizer(ws.conferenceId)) }),
  },
];

describe("who may change tracks, organizations, settings and organizers", () => {
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
    existingOrganizationId = t.db.insert(organizations).values({ slug: "auth-org", name: "机构" }).returning().get().id;
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
