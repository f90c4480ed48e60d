import { state } from "../support/app-harness";
import { scratchTenancyRegressions } from "../support/tenancy-regression-setup";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadViewer } from "@/db/auth/viewer";
import { forumOrganizations, organizationMemberships, organizations, speakers } from "@/db/schema";
import { form, idle } from "../support/tenancy-table";

// The finding (v) of issue 13 about tenants, failing on the code before it was fixed (6058aab):
// any organizer could change any organization and read its members' addresses. The other
// findings: tenancy-regressions.test.ts.
const app = await import("../support/app-actions/organizations");

const { t, as } = scratchTenancyRegressions();

describe("(v) organizations: changed by their members, admins, and their creator while nobody belongs to them", () => {
  const bOrganization = () =>
    t.fx.db.select().from(organizations).where(eq(organizations.id, t.fx.b.forumOrganizationId)).get()!;
  const orgForm = (id: number, name: string) => ({
    $organization: String(id),
    name,
    slug: t.fx.db.select().from(organizations).where(eq(organizations.id, id)).get()!.slug,
  });

  it("B's forum organization: its member may rename it; A's organizer and A's forum editor may not", async () => {
    for (const role of ["organizerA", "forumEditorA", "organizerB"] as const) {
      as(role);
      expect(
        await app.saveOrganizationAction(idle, form(orgForm(t.fx.b.forumOrganizationId, "DEFACED"))),
        role,
      ).toMatchObject({ status: "error", problem: { code: "forbidden" } });
    }
    expect(bOrganization().name).toBe("B Organization e.V.");
    as("forumEditorB");
    await expect(
      app.saveOrganizationAction(idle, form(orgForm(t.fx.b.forumOrganizationId, "B Organization gGmbH"))),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    expect(bOrganization().name).toBe("B Organization gGmbH");
  });

  it("one A's organizer added: theirs until it has a member, and a refused delete names no member, forum or speaker of B", async () => {
    const added = t.fx.db
      .insert(organizations)
      .values({ slug: "added-by-a", name: "Added by A", createdByUserId: t.fx.viewers.organizerA!.userId })
      .returning()
      .get().id;
    // B's organizers chose it as one of a forum's organizations, and B's Ravi works there.
    t.fx.db
      .insert(forumOrganizations)
      .values({ forumId: t.fx.b.forums.side, organizationId: added, role: "sponsor" })
      .run();
    t.fx.db.update(speakers).set({ organizationId: added }).where(eq(speakers.id, t.fx.b.speakers.ravi)).run();
    as("organizerA");
    await expect(app.saveOrganizationAction(idle, form(orgForm(added, "Added by A, renamed")))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;/),
    });
    t.fx.db
      .insert(organizationMemberships)
      .values({ userId: t.fx.viewers.forumEditorB!.userId, organizationId: added })
      .run();
    expect(await app.saveOrganizationAction(idle, form(orgForm(added, "DEFACED")))).toMatchObject({
      status: "error",
      problem: { code: "forbidden" },
    });

    // Signed in again: the viewer's memberships are read at sign-in.
    state.viewer = loadViewer(t.fx.db, t.fx.viewers.forumEditorB!.userId);
    const refused = await app.deleteOrganizationAction(idle, form({ $organization: String(added) }));
    expect(refused).toMatchObject({
      status: "error",
      problem: {
        code: "inUse",
        values: { kind: "organization", forums: 1, speakers: 1, members: 1, forumList: "none" },
      },
    });
    for (const secret of [t.fx.emails.forumEditorB!, "B Side Forum", "Ravi Dwivedi"])
      expect(JSON.stringify(refused)).not.toContain(secret);
  });

  it("B's forum organization, refused to an admin too, lists no member's address", async () => {
    as("admin");
    const refused = await app.deleteOrganizationAction(
      idle,
      form({ $organization: String(t.fx.b.forumOrganizationId) }),
    );
    expect(refused).toMatchObject({ status: "error", problem: { code: "inUse", values: { members: 1 } } });
    expect(JSON.stringify(refused)).not.toContain(t.fx.emails.forumEditorB!);
  });
});
