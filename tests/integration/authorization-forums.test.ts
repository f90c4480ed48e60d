import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { forumForm as forumFormOf } from "../support/tenancy-forms";
import { eq } from "drizzle-orm";
import { describe } from "vitest";
import { forums, organizations } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import type { Workspace } from "../support/workspace-fixture";
import { DEMO, everyoneIn, fresh, galaEditors, organizers, summitEditors } from "../support/workspace-programme";
import { actionCase, dataCase, demoRead, tryEveryRole, viaThrow, type WorkspaceCase } from "../support/workspace-table";

// Who may list, create, edit and delete the demo's forums: its organizers all of it, a forum's
// editors its words only (support/workspace-programme.ts).
const app = await import("../support/app-actions/programme");

const org = (slug: string) => state.db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
/** A forum as its form posts it: unchanged, or with changes. */
const forumForm = (forumId: number, changes: Record<string, string> = {}) => forumFormOf(state.db, forumId, changes);
/** Saves a forum of the demo through its data function, as the viewer, with its form changed by `changes`. */
const editForum = (ws: Workspace, viewer: Viewer | null, forumId: number, changes: Record<string, string>) =>
  app.saveForum({ db: state.db, viewer }, ws.conferenceId, forumId, forumForm(forumId, changes));
const newForum = () => ({ name: "新论坛", slug: fresh(), kind: "forum", date: "2017-11-30", organizations: "[]" });
const emptyForum = (ws: Workspace) =>
  state.db
    .insert(forums)
    .values({ conferenceId: ws.conferenceId, slug: fresh(), name: "空论坛", date: "2017-11-30" })
    .returning()
    .get().id;

const cases: WorkspaceCase[] = [
  demoRead("list the forums of the demo conference", everyoneIn, app.listForums),
  demoRead("list the organizations to pick from", everyoneIn, app.listOrganizationChoices),
  dataCase("create a forum (data function)", organizers, (ctx, ws) =>
    app.saveForum(ctx, ws.conferenceId, null, newForum()),
  ),
  dataCase("create a forum of the other conference", ["admin", "otherOrganizer"], (ctx, ws) =>
    app.saveForum(ctx, ws.otherConferenceId, null, { ...newForum(), date: "2030-01-01" }),
  ),
  {
    name: "edit the words of the 网络剧高峰论坛 (data function)",
    allowed: summitEditors,
    attempt: (ws, viewer) => viaThrow(() => editForum(ws, viewer, ws.forumId, { theme: fresh() })),
  },
  {
    name: "edit the words of the gala (data function)",
    allowed: galaEditors,
    attempt: (ws, viewer) => viaThrow(() => editForum(ws, viewer, ws.otherForumId, { theme: fresh() })),
  },
  {
    name: "change the date of the 网络剧高峰论坛",
    allowed: organizers,
    attempt: async (ws, viewer) => {
      const outcome = await viaThrow(() => editForum(ws, viewer, ws.forumId, { date: "2017-11-30" }));
      if (outcome === "allow") editForum(ws, viewer, ws.forumId, { date: "2017-12-01" });
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
      return viaThrow(() => editForum(ws, viewer, ws.forumId, { organizations: JSON.stringify(next) }));
    },
  },
  dataCase("delete a forum (data function)", organizers, (ctx, ws) =>
    app.deleteForum(ctx, ws.conferenceId, emptyForum(ws)),
  ),
  actionCase("create a forum (server action)", organizers, app.saveForumAction, () => ({
    $conference: DEMO,
    ...newForum(),
  })),
  actionCase("edit the words of the 网络剧高峰论坛 (server action)", summitEditors, app.saveForumAction, (ws) => ({
    $conference: DEMO,
    $forum: String(ws.forumId),
    ...forumForm(ws.forumId, { theme: fresh() }),
  })),
  actionCase("delete a forum (server action)", organizers, app.deleteForumAction, (ws) => ({
    $conference: DEMO,
    $forum: String(emptyForum(ws)),
  })),
];

describe("who may do what with forums", () => {
  const t = scratchWorkspace();
  tryEveryRole(t, cases);
});
