import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { beforeAll, describe } from "vitest";
import { organizations } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { type WorkspaceCase, tryEveryRole, viaRedirect, viaThrow } from "../support/workspace-table";

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
let existingOrganizationId = 0;

const cases: WorkspaceCase[] = [
  {
    name: "list the organizations (data function)",
    allowed: ["admin", "organizer", "otherOrganizer", "forumEditor", "otherForumEditor"],
    attempt: (_ws, viewer) => viaThrow(() => app.listOrganizations(state.db, viewer)),
  },
  {
    name: "create an organization (data function)",
    allowed: ["admin", "organizer", "otherOrganizer"],
    attempt: (_ws, viewer) => viaThrow(() => app.saveOrganization({ db: state.db, viewer }, null, organizationForm())),
  },
  // Shared by every conference: its members and platform admins change it, and whoever added it while it has no members.
  {
    name: "update an organization nobody belongs to (data function)",
    allowed: ["admin"],
    attempt: (_ws, viewer) =>
      viaThrow(() =>
        app.saveOrganization({ db: state.db, viewer }, existingOrganizationId, { name: "机构", slug: "auth-org" }),
      ),
  },
  {
    name: "update 咪咕, whose member is the forum editor (data function)",
    allowed: ["admin", "forumEditor"],
    attempt: (_ws, viewer) => viaThrow(() => app.saveOrganization({ db: state.db, viewer }, miguId(), miguForm())),
  },
  {
    name: "update an organization the organizer added (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() =>
        app.saveOrganization({ db: state.db, viewer }, addedBy(ws.viewers.organizer!), {
          name: "机构",
          slug: unique("added"),
        }),
      ),
  },
  {
    name: "delete an organization nobody belongs to (data function)",
    allowed: ["admin"],
    attempt: (_ws, viewer) => viaThrow(() => app.deleteOrganization({ db: state.db, viewer }, newOrganization())),
  },
  {
    name: "delete an organization the organizer added (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, viewer) =>
      viaThrow(() => app.deleteOrganization({ db: state.db, viewer }, addedBy(ws.viewers.organizer!))),
  },
  {
    name: "save an organization (server action)",
    allowed: ["admin", "organizer", "otherOrganizer"],
    attempt: () => viaRedirect(app.saveOrganizationAction, organizationForm()),
  },
  {
    name: "delete an organization nobody belongs to (server action)",
    allowed: ["admin"],
    attempt: () => viaRedirect(app.deleteOrganizationAction, { $organization: String(newOrganization()) }),
  },
];

describe("who may change organizations", () => {
  const t = scratchWorkspace();
  beforeAll(() => {
    existingOrganizationId = t.db.insert(organizations).values({ slug: "auth-org", name: "机构" }).returning().get().id;
  });

  tryEveryRole(t, cases);
});
