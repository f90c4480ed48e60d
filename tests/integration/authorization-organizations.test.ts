import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { organizationForm as organizationFormOf } from "../support/tenancy-forms";
import { eq } from "drizzle-orm";
import { beforeAll, describe } from "vitest";
import { organizations } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { actionCase, dataCase, tryEveryRole, type WorkspaceCase } from "../support/workspace-table";

// Who may change the organizations every conference shares: platform admins, anyone who organizes a
// conference adds one, and its members (or whoever added it, while it has none) change it.
const app = await import("../support/app-actions/organizations");

let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}`;
const newOrganization = () =>
  state.db
    .insert(organizations)
    .values({ slug: unique("doomed-org"), name: "Doomed" })
    .returning()
    .get().id;
const organizationForm = () => ({ name: "机构", slug: unique("org") });
const miguId = () => state.db.select().from(organizations).where(eq(organizations.slug, "migu")).get()!.id;
const miguForm = () => organizationFormOf(state.db, miguId(), { shortName: unique("咪咕") });
const addedBy = (viewer: Viewer) =>
  state.db
    .insert(organizations)
    .values({ slug: unique("added-org"), name: "新机构", createdByUserId: viewer.userId })
    .returning()
    .get().id;
let existingOrganizationId = 0;

const cases: WorkspaceCase[] = [
  dataCase(
    "list the organizations (data function)",
    ["admin", "organizer", "otherOrganizer", "forumEditor", "otherForumEditor"],
    ({ db, viewer }) => app.listOrganizations(db, viewer),
  ),
  dataCase("create an organization (data function)", ["admin", "organizer", "otherOrganizer"], (ctx) =>
    app.saveOrganization(ctx, null, organizationForm()),
  ),
  // Shared by every conference: its members and platform admins change it, and whoever added it while it has no members.
  dataCase("update an organization nobody belongs to (data function)", ["admin"], (ctx) =>
    app.saveOrganization(ctx, existingOrganizationId, { name: "机构", slug: "auth-org" }),
  ),
  dataCase("update 咪咕, whose member is the forum editor (data function)", ["admin", "forumEditor"], (ctx) =>
    app.saveOrganization(ctx, miguId(), miguForm()),
  ),
  dataCase("update an organization the organizer added (data function)", ["admin", "organizer"], (ctx, ws) =>
    app.saveOrganization(ctx, addedBy(ws.viewers.organizer!), { name: "机构", slug: unique("added") }),
  ),
  dataCase("delete an organization nobody belongs to (data function)", ["admin"], (ctx) =>
    app.deleteOrganization(ctx, newOrganization()),
  ),
  dataCase("delete an organization the organizer added (data function)", ["admin", "organizer"], (ctx, ws) =>
    app.deleteOrganization(ctx, addedBy(ws.viewers.organizer!)),
  ),
  actionCase(
    "save an organization (server action)",
    ["admin", "organizer", "otherOrganizer"],
    app.saveOrganizationAction,
    () => organizationForm(),
  ),
  actionCase(
    "delete an organization nobody belongs to (server action)",
    ["admin"],
    app.deleteOrganizationAction,
    () => ({ $organization: String(newOrganization()) }),
  ),
];

describe("who may change organizations", () => {
  const t = scratchWorkspace();
  beforeAll(() => {
    existingOrganizationId = t.db.insert(organizations).values({ slug: "auth-org", name: "机构" }).returning().get().id;
  });

  tryEveryRole(t, cases);
});
