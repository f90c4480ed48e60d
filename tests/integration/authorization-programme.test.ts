import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { forumForm as forumFormOf } from "../support/tenancy-forms";
import { eq } from "drizzle-orm";
import { beforeAll, describe } from "vitest";
import { forums, organizations, sessionPeople, sessions, speakers } from "@/db/schema";
import { localDateTimeOf } from "@/lib/admin/form-input";
import { type Role, type Workspace } from "../support/workspace-fixture";
import { type Outcome, type WorkspaceCase, tryEveryRole, viaThrow } from "../support/workspace-table";

const { saveForum, deleteForum } = await import("@/db/mutations/forums");
const { saveSpeaker } = await import("@/db/mutations/speakers/save-speaker");
const { deleteSpeaker } = await import("@/db/mutations/speakers/delete-speaker");
const { saveSession } = await import("@/db/mutations/sessions/save-session");
const { deleteSession } = await import("@/db/mutations/sessions/delete-session");
const { listForums } = await import("@/db/queries/forums");
const { listOrganizationChoices } = await import("@/db/queries/organization-choices");
const { listSpeakers, findSpeakerEditor, searchSpeakers, findConferenceTimeZone } =
  await import("@/db/queries/speakers");
const { listSessions, loadSessionEditorOptions, findSessionEditor } = await import("@/db/queries/sessions");
const { saveForumAction, deleteForumAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/forums/actions");
const { saveSpeakerAction, deleteSpeakerAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/speakers/actions");
const { saveSessionAction, deleteSessionAction, searchSpeakersAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/sessions/actions");

/** A server action: success redirects, a denial comes back as the "forbidden" problem (or, not yet moved to it, message). */
const viaAction = async (
  fn: () => Promise<{ status: string; message?: string; problem?: { code: string } }>,
): Promise<Outcome> => {
  try {
    const result = await fn();
    if (result.problem?.code === "forbidden" || result.message === "forbidden") return "deny";
    throw new Error(`unexpected result: ${JSON.stringify(result)}`);
  } catch (error) {
    if (String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) return "allow";
    throw error;
  }
};
const formData = (fields: Record<string, unknown>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, typeof v === "string" ? v : JSON.stringify(v));
  return form;
};

let n = 0;
const fresh = () => `t${++n}`;
const demo = "china-netav-2017";
const org = (slug: string) => state.db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
const speakerId = (slug: string) => state.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!.id;
const galaSession = (ws: Workspace) =>
  state.db.select().from(sessions).where(eq(sessions.forumId, ws.otherForumId)).get()!.id;

/** A forum as its form posts it: unchanged, or with changes. */
const forumForm = (forumId: number, changes: Record<string, string> = {}) => forumFormOf(state.db, forumId, changes);
const newForum = () => ({ name: "新论坛", slug: fresh(), kind: "forum", date: "2017-11-30", organizations: [] });
const emptyForum = (ws: Workspace) =>
  state.db
    .insert(forums)
    .values({ conferenceId: ws.conferenceId, slug: fresh(), name: "空论坛", date: "2017-11-30" })
    .returning()
    .get().id;

function speakerForm(id: number, changes: Record<string, unknown> = {}) {
  const s = state.db.select().from(speakers).where(eq(speakers.id, id)).get()!;
  const en = s.translations.en ?? {};
  return {
    name: s.name,
    nameEn: en.name ?? "",
    slug: s.slug,
    position: s.position,
    positionEn: en.position ?? "",
    organization: s.organization,
    organizationEn: en.organization ?? "",
    organizationId: s.organizationId ? String(s.organizationId) : "",
    bio: s.bio,
    bioEn: en.bio ?? "",
    photo: s.photo ?? "",
    links: s.links,
    unavailability: [],
    ...changes,
  };
}
const newSpeaker = () => ({ name: "新嘉宾", slug: fresh() });
/** A speaker in no session, created from the demo's workspace by its organizer. */
const unattachedSpeaker = (ws: Workspace) => {
  const result = saveSpeaker({ db: state.db, viewer: ws.viewers.organizer }, ws.conferenceId, null, newSpeaker());
  if (!result.ok) throw new Error("fixture");
  return result.value.id;
};

function sessionForm(id: number, changes: Record<string, unknown> = {}) {
  const s = state.db.select().from(sessions).where(eq(sessions.id, id)).get()!;
  const people = state.db
    .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role })
    .from(sessionPeople)
    .where(eq(sessionPeople.sessionId, id))
    .orderBy(sessionPeople.position)
    .all();
  const local = (d: Date | null) => (d ? localDateTimeOf(d, "Asia/Shanghai") : "");
  const en = s.translations.en ?? {};
  return {
    fields: {
      forumId: String(s.forumId),
      kind: s.kind,
      status: s.status,
      title: s.title,
      titleEn: en.title ?? "",
      abstract: s.abstract,
      abstractEn: en.abstract ?? "",
      language: s.language,
      trackId: s.trackId ? String(s.trackId) : "",
      roomId: s.roomId ? String(s.roomId) : "",
      startsAt: local(s.startsAt),
      endsAt: local(s.endsAt),
      people,
      ...changes,
    },
    target: { sessionId: id, version: s.version },
  };
}
const newSession = (forumId: number) => ({
  forumId: String(forumId),
  kind: "talk",
  status: "draft",
  title: `新日程 ${fresh()}`,
  people: [{ speakerId: speakerId("li-xia"), role: "speaker" }],
});
const freshSession = (forumId: number) =>
  state.db
    .insert(sessions)
    .values({ forumId, title: `待删 ${fresh()}` })
    .returning()
    .get();

const everyoneIn: Role[] = ["admin", "organizer", "forumEditor", "otherForumEditor"];
const organizers: Role[] = ["admin", "organizer"];
const summitEditors: Role[] = ["admin", "organizer", "forumEditor"];
const galaEditors: Role[] = ["admin", "organizer", "otherForumEditor"];

const cases: WorkspaceCase[] = [
  // Forums
  {
    name: "list the forums of the demo conference",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => listForums(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "list the organizations to pick from",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => listOrganizationChoices(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "create a forum (data function)",
    allowed: organizers,
    attempt: (ws, viewer) => viaThrow(() => saveForum({ db: state.db, viewer }, ws.conferenceId, null, newForum())),
  },
  {
    name: "create a forum of the other conference",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveForum({ db: state.db, viewer }, ws.otherConferenceId, null, { ...newForum(), date: "2030-01-01" }),
      ),
  },
  {
    name: "edit the words of the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveForum({ db: state.db, viewer }, ws.conferenceId, ws.forumId, forumForm(ws.forumId, { theme: fresh() })),
      ),
  },
  {
    name: "edit the words of the gala (data function)",
    allowed: galaEditors,
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveForum(
          { db: state.db, viewer },
          ws.conferenceId,
          ws.otherForumId,
          forumForm(ws.otherForumId, { theme: fresh() }),
        ),
      ),
  },
  {
    name: "change the date of the 网络剧高峰论坛",
    allowed: organizers,
    attempt: async (ws, viewer) => {
      const outcome = await viaThrow(() =>
        saveForum({ db: state.db, viewer }, ws.conferenceId, ws.forumId, forumForm(ws.forumId, { date: "2017-11-30" })),
      );
      if (outcome === "allow")
        saveForum({ db: state.db, viewer }, ws.conferenceId, ws.forumId, forumForm(ws.forumId, { date: "2017-12-01" }));
      return outcome;
    },
  },
  {
    name: "change the organizations of the 网络剧高峰论坛",
    allowed: organizers,
    attempt: (ws, viewer) => {
      // Adds 爱奇艺 as a sponsor, or takes it away again: a change every time.
      const current: { organizationId: number; role: string }[] = JSON.parse(
        forumForm(ws.forumId).organizations ?? "[]",
      );
      const sponsor = current.some((o) => o.organizationId === org("iqiyi"));
      const next = sponsor
        ? current.filter((o) => o.organizationId !== org("iqiyi"))
        : [...current, { organizationId: org("iqiyi"), role: "sponsor" }];
      return viaThrow(() =>
        saveForum(
          { db: state.db, viewer },
          ws.conferenceId,
          ws.forumId,
          forumForm(ws.forumId, { organizations: JSON.stringify(next) }),
        ),
      );
    },
  },
  {
    name: "delete a forum (data function)",
    allowed: organizers,
    attempt: (ws, viewer) => viaThrow(() => deleteForum({ db: state.db, viewer }, ws.conferenceId, emptyForum(ws))),
  },
  {
    name: "create a forum (server action)",
    allowed: organizers,
    attempt: () => viaAction(() => saveForumAction({ status: "idle" }, formData({ $conference: demo, ...newForum() }))),
  },
  {
    name: "edit the words of the 网络剧高峰论坛 (server action)",
    allowed: summitEditors,
    attempt: (ws) =>
      viaAction(() =>
        saveForumAction(
          { status: "idle" },
          formData({ $conference: demo, $forum: String(ws.forumId), ...forumForm(ws.forumId, { theme: fresh() }) }),
        ),
      ),
  },
  {
    name: "delete a forum (server action)",
    allowed: organizers,
    attempt: (ws) =>
      viaAction(() =>
        deleteForumAction({ status: "idle" }, formData({ $conference: demo, $forum: String(emptyForum(ws)) })),
      ),
  },
  // Speakers
  {
    name: "list the speakers of the demo conference",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => listSpeakers(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "open a speaker for editing",
    allowed: everyoneIn,
    attempt: (ws, viewer) =>
      viaThrow(() => findSpeakerEditor(state.db, viewer, ws.conferenceId, speakerId("wang-bin"))),
  },
  {
    name: "read the conference's time zone",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => findConferenceTimeZone(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "search speakers",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => searchSpeakers(state.db, viewer, ws.conferenceId, "王")),
  },
  {
    name: "create a speaker (data function)",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => saveSpeaker({ db: state.db, viewer }, ws.conferenceId, null, newSpeaker())),
  },
  {
    name: "edit 王斌, a speaker of the 网络剧高峰论坛 who keeps his own profile (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveSpeaker(
          { db: state.db, viewer },
          ws.conferenceId,
          speakerId("wang-bin"),
          speakerForm(speakerId("wang-bin"), { bio: fresh() }),
        ),
      ),
  },
  {
    name: "edit 李霞, who speaks only in the 网络剧高峰论坛 and keeps no profile (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveSpeaker(
          { db: state.db, viewer },
          ws.conferenceId,
          speakerId("li-xia"),
          speakerForm(speakerId("li-xia"), { bio: fresh() }),
        ),
      ),
  },
  {
    name: "edit the gala's presenter (data function)",
    allowed: galaEditors,
    attempt: (ws, viewer) =>
      viaThrow(() =>
        saveSpeaker(
          { db: state.db, viewer },
          ws.conferenceId,
          speakerId("gala-presenter"),
          speakerForm(speakerId("gala-presenter"), { bio: fresh() }),
        ),
      ),
  },
  {
    name: "delete a speaker created by the organizer (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaThrow(() => deleteSpeaker({ db: state.db, viewer }, ws.conferenceId, unattachedSpeaker(ws))),
  },
  {
    name: "create a speaker (server action)",
    allowed: everyoneIn,
    attempt: () =>
      viaAction(() => saveSpeakerAction({ status: "idle" }, formData({ $conference: demo, ...newSpeaker() }))),
  },
  {
    name: "edit 王斌 (server action)",
    allowed: organizers,
    attempt: () =>
      viaAction(() =>
        saveSpeakerAction(
          { status: "idle" },
          formData({
            $conference: demo,
            $speaker: String(speakerId("wang-bin")),
            ...speakerForm(speakerId("wang-bin"), { bio: fresh() }),
          }),
        ),
      ),
  },
  {
    name: "delete a speaker (server action)",
    allowed: organizers,
    attempt: (ws) =>
      viaAction(() =>
        deleteSpeakerAction(
          { status: "idle" },
          formData({ $conference: demo, $speaker: String(unattachedSpeaker(ws)) }),
        ),
      ),
  },
  {
    name: "search speakers (server action)",
    allowed: everyoneIn,
    attempt: async () => ((await searchSpeakersAction({ conference: demo, text: "王" })).data ? "allow" : "deny"),
  },
  // Sessions
  {
    name: "list the sessions of the demo conference",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => listSessions(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "load the session form's choices",
    allowed: everyoneIn,
    attempt: (ws, viewer) => viaThrow(() => loadSessionEditorOptions(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "open a session for editing",
    allowed: everyoneIn,
    attempt: (ws, viewer) =>
      viaThrow(() => findSessionEditor(state.db, viewer, ws.conferenceId, ws.sessionId("IP的跨平台运营"))),
  },
  {
    name: "create a session in the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) =>
      viaThrow(() => saveSession({ db: state.db, viewer }, ws.conferenceId, null, newSession(ws.forumId))),
  },
  {
    name: "create a session in the gala (data function)",
    allowed: galaEditors,
    attempt: (ws, viewer) =>
      viaThrow(() => saveSession({ db: state.db, viewer }, ws.conferenceId, null, newSession(ws.otherForumId))),
  },
  {
    name: "edit a session of the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) => {
      const { fields, target } = sessionForm(ws.sessionId("IP的跨平台运营"), { abstract: fresh() });
      return viaThrow(() => saveSession({ db: state.db, viewer }, ws.conferenceId, target, fields));
    },
  },
  {
    name: "edit a session of the gala (data function)",
    allowed: galaEditors,
    attempt: (ws, viewer) => {
      const { fields, target } = sessionForm(galaSession(ws), { abstract: fresh() });
      return viaThrow(() => saveSession({ db: state.db, viewer }, ws.conferenceId, target, fields));
    },
  },
  {
    name: "delete a session of the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) => {
      const s = freshSession(ws.forumId);
      return viaThrow(() =>
        deleteSession({ db: state.db, viewer }, ws.conferenceId, { sessionId: s.id, version: s.version }),
      );
    },
  },
  {
    name: "edit a session of the 网络剧高峰论坛 (server action)",
    allowed: summitEditors,
    attempt: (ws) => {
      const { fields, target } = sessionForm(ws.sessionId("网络影视的精品化和规模化"), { abstract: fresh() });
      return viaAction(() =>
        saveSessionAction(
          { status: "idle" },
          formData({
            $conference: demo,
            $session: String(target.sessionId),
            $version: String(target.version),
            ...fields,
          }),
        ),
      );
    },
  },
  {
    name: "create a session in the gala (server action)",
    allowed: galaEditors,
    attempt: (ws) =>
      viaAction(() =>
        saveSessionAction({ status: "idle" }, formData({ $conference: demo, ...newSession(ws.otherForumId) })),
      ),
  },
  {
    name: "delete a session of the gala (server action)",
    allowed: galaEditors,
    attempt: (ws) => {
      const s = freshSession(ws.otherForumId);
      return viaAction(() =>
        deleteSessionAction(
          { status: "idle" },
          formData({ $conference: demo, $session: String(s.id), $version: String(s.version) }),
        ),
      );
    },
  },
];

describe("who may do what with forums, speakers and sessions", () => {
  const t = scratchWorkspace();
  beforeAll(() => {
    // A speaker who takes part only in the gala, organized by 芒果TV.
    const presenter = t.db
      .insert(speakers)
      .values({ conferenceId: t.ws.conferenceId, slug: "gala-presenter", name: "盛典主持人" })
      .returning()
      .get().id;
    t.db
      .insert(sessionPeople)
      .values({ sessionId: galaSession(t.ws), speakerId: presenter, role: "host" })
      .run();
  });

  tryEveryRole(t, cases);
});
