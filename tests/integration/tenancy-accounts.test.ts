import { eq } from "drizzle-orm";
import { CredentialsSignin } from "next-auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { organizations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/permissions";
import { FORBIDDEN, isRedirect, unlessForbidden } from "../support/outcomes";
import { createTestDatabase } from "../support/test-database";
import { createTenancy, NOBODY, roles, type Role, type Tenancy } from "../support/tenancy-fixture";
import { form, fresh, idle, post, tryAsRole, viaData, type Outcome, type TenancyCase } from "../support/tenancy-table";

// Organizations (shared by every conference: changed by their members and admins) and the
// actions that name no conference — the account's own, signing in and out, invitation and
// email links — tried as every role: none of them changes anything of B but B's own people.
const state = vi.hoisted(() => ({ db: undefined as Db | undefined, viewer: null as Viewer | null, email: "" }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-viewer", () => ({
  getViewer: async () => (state.viewer ? { ...state.viewer, email: state.email } : null),
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
// Auth.js itself is tried end to end elsewhere (tests/e2e/sign-in.test.ts): here a password is always wrong.
vi.mock("@/auth", async () => {
  const { redirect } = await import("next/navigation");
  return {
    signIn: async () => {
      throw new CredentialsSignin();
    },
    signOut: async (o: { redirectTo: string }) => redirect(o.redirectTo),
  };
});

const app = {
  ...(await import("../support/app-actions/organizations")),
  ...(await import("../support/app-actions/accounts")),
};

const B_ORGANIZATION_EDITORS: Role[] = ["admin", "forumEditorB"];

const organization = (fx: Tenancy, slug: string) =>
  fx.db.select().from(organizations).where(eq(organizations.slug, slug)).get()!;
const renamed = (fx: Tenancy, slug: string) => ({
  name: `${organization(fx, slug).name.split(" · ")[0]} · ${fresh()}`,
  slug,
});
/** A refused delete of B's forum organization: in use, and naming no member's address nor B's forums to anyone but B's organizers. */
const refusedInUse = (
  fx: Tenancy,
  viewer: Viewer | null,
  result: { ok: boolean; problem?: { code: string; values?: Record<string, unknown> } },
): Outcome => {
  if (result.ok) throw new Error("B's forum organization was deleted");
  expect(result.problem?.code).toBe("inUse");
  const said = JSON.stringify(result.problem?.values);
  expect(said).not.toContain(fx.emails.forumEditorB!);
  if (!viewer?.isPlatformAdmin) expect(said).not.toContain("B Main Forum");
  return "deny";
};
const unusedAddedBy = (role: Role) => (fx: Tenancy) =>
  fx.db
    .insert(organizations)
    .values({ slug: fresh("unused-"), name: "Unused", createdByUserId: fx.viewers[role]!.userId })
    .returning()
    .get().id;
/** The actions of pages outside the workspace: "saved" or a redirect allows; anything else denies. */
async function outcomeOf(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = (await fn()) as { status?: string } | undefined;
    return result?.status === "saved" ? "allow" : "deny";
  } catch (error) {
    if (isRedirect(error)) return "allow";
    throw error;
  }
}

const cases: TenancyCase[] = [
  // Organizations
  {
    name: "list the organizations",
    allowed: ["admin", "organizerA", "organizerB", "forumEditorA", "forumEditorB"],
    attempt: (fx, viewer) => viaData(() => app.listOrganizations(fx.db, viewer)),
  },
  {
    name: "add an organization (data)",
    allowed: ["admin", "organizerA", "organizerB"],
    attempt: (fx, viewer) =>
      viaData(() => app.saveOrganization({ db: fx.db, viewer }, null, { name: "新机构", slug: fresh("org-") })),
  },
  {
    name: "rename B's forum organization (data)",
    allowed: B_ORGANIZATION_EDITORS,
    changesB: B_ORGANIZATION_EDITORS,
    attempt: (fx, viewer) =>
      viaData(() => app.saveOrganization({ db: fx.db, viewer }, fx.b.forumOrganizationId, renamed(fx, "b-org"))),
  },
  {
    name: "rename B's forum organization (action)",
    allowed: B_ORGANIZATION_EDITORS,
    changesB: B_ORGANIZATION_EDITORS,
    attempt: (fx) =>
      post(app.saveOrganizationAction, { $organization: String(fx.b.forumOrganizationId), ...renamed(fx, "b-org") }),
  },
  {
    name: "rename 咪咕, A's forum organization (data)",
    allowed: ["admin", "forumEditorA"],
    attempt: (fx, viewer) =>
      viaData(() =>
        app.saveOrganization({ db: fx.db, viewer }, organization(fx, "migu").id, {
          ...renamed(fx, "migu"),
          nameEn: organization(fx, "migu").translations.en?.name ?? "",
        }),
      ),
  },
  {
    name: "delete B's forum organization (data)",
    allowed: NOBODY,
    attempt: async (fx, viewer) => {
      const result = await unlessForbidden(() =>
        app.deleteOrganization({ db: fx.db, viewer }, fx.b.forumOrganizationId),
      );
      return result === FORBIDDEN
        ? "deny"
        : refusedInUse(fx, viewer, result as ReturnType<typeof app.deleteOrganization>);
    },
  },
  {
    name: "delete B's forum organization (action)",
    allowed: NOBODY,
    attempt: (fx) => post(app.deleteOrganizationAction, { $organization: String(fx.b.forumOrganizationId) }, /^inUse$/),
  },
  {
    name: "delete an unused organization A's organizer added (action)",
    allowed: ["admin", "organizerA"],
    prepare: unusedAddedBy("organizerA"),
    attempt: (_fx, _a, id) => post(app.deleteOrganizationAction, { $organization: String(id) }),
  },

  // The account's own actions: no id to forge, and nothing of any conference
  {
    name: "sign out everywhere",
    allowed: [...roles],
    attempt: () => outcomeOf(() => app.signOutEverywhereAction(idle, form({}))),
  },
  {
    name: "change the password with a wrong current one",
    allowed: NOBODY,
    attempt: () =>
      outcomeOf(() =>
        app.changePasswordAction(
          { status: "idle" },
          form({
            currentPassword: "wrong",
            newPassword: "a new password 123",
            newPasswordConfirm: "a new password 123",
          }),
        ),
      ),
  },
  {
    name: "ask for an email confirmation link (no mail here)",
    allowed: NOBODY,
    attempt: () => outcomeOf(() => app.sendEmailVerificationAction(idle, form({}))),
  },
  {
    name: "sign in as B's organizer with a wrong password",
    allowed: NOBODY,
    attempt: (fx) => outcomeOf(() => app.signInAction(idle, form({ email: fx.emails.organizerB!, password: "wrong" }))),
  },
  { name: "sign out", allowed: [...roles], attempt: () => outcomeOf(() => app.signOutAction()) },
  // The token is the right; B's invitation is for an address nobody here has, so it takes nobody's account.
  {
    name: "accept B's invitation without a password",
    allowed: NOBODY,
    attempt: (fx) =>
      outcomeOf(() => app.acceptInvitationAction({ status: "idle" }, form({ $token: fx.b.invitationToken }))),
  },
  {
    name: "open B's invitation link (data)",
    allowed: [...roles],
    attempt: (fx) => (app.findInvitationByToken(fx.db, fx.b.invitationToken) ? "allow" : "deny"),
  },
  {
    name: "open a made-up invitation link (data)",
    allowed: NOBODY,
    attempt: (fx) => (app.findInvitationByToken(fx.db, "made-up") ? "allow" : "deny"),
  },
  {
    name: "accept B's invitation as the signed-in account (data)",
    allowed: NOBODY,
    attempt: async (fx, viewer) =>
      (await app.acceptInvitation({ db: fx.db, viewer }, fx.b.invitationToken, {})).ok ? "allow" : "deny",
  },
  {
    name: "accept an invitation with a made-up token",
    allowed: NOBODY,
    attempt: () =>
      outcomeOf(() =>
        app.acceptInvitationAction(
          { status: "idle" },
          form({ $token: "made-up", password: "a long password 123", passwordConfirm: "a long password 123" }),
        ),
      ),
  },
  {
    name: "confirm an address with a made-up token",
    allowed: NOBODY,
    attempt: () => outcomeOf(() => app.confirmEmailAction({ status: "idle" }, form({ $token: "made-up" }))),
  },
];

describe("tenancy: organizations and the actions outside a conference, as every role", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let fx: Tenancy;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    fx = await createTenancy(t.db);
    // A cheap hash for every account: a wrong password is then refused at once, not after a full bcrypt round.
    t.db
      .update(users)
      .set({ passwordHash: await hashPassword("the right password", 4) })
      .run();
    vi.stubEnv("SMTP_HOST", "");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    t.dispose();
  });

  for (const c of cases) {
    for (const role of roles) {
      it(`${c.name}: ${role} → ${c.allowed.includes(role) ? "allow" : "deny"}`, async () => {
        state.viewer = fx.viewers[role];
        state.email = fx.emails[role] ?? "";
        await tryAsRole(fx, c, role, fx.viewers[role]);
      });
    }
  }

  it("leaves B's invitation pending for its own address", () => {
    expect(
      fx.db.$client
        .prepare("select accepted_at as acceptedAt, revoked_at as revokedAt from invitations where id = ?")
        .get(fx.b.invitationId),
    ).toEqual({ acceptedAt: null, revokedAt: null });
  });
});
