import { getToken } from "next-auth/jwt";
import { getDb } from "@/db";
import { listOrganizations } from "@/db/queries/organizations";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";
import { can } from "@/lib/auth/permissions";
import type { WorkspacePath } from "@/lib/routing/workspace-paths";
import { claimOf, findSignedInAccount } from "./sign-ins";
import { loadViewer } from "./viewer";

// Auth.js names its cookie __Secure-… on https; the cookie's name is also the key's salt.
const cookieNames = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * Whether the signed-in person may open a workspace path: "allowed", "notFound", or "signedOut"
 * (the proxy sends them to sign in). Read from the sign-in token and the database, as getViewer() does.
 */
export async function workspaceAnswer(
  headers: Headers,
  path: WorkspacePath,
  now = new Date(),
): Promise<"allowed" | "notFound" | "signedOut"> {
  const secret = process.env.AUTH_SECRET;
  const cookie = headers.get("cookie") ?? "";
  const name = cookieNames.find((n) => cookie.includes(`${n}=`));
  if (!secret || !name) return "signedOut";
  const token = await getToken({
    req: { headers },
    secret,
    cookieName: name,
    salt: name,
    secureCookie: name.startsWith("__Secure-"),
  });
  const claim = token ? claimOf(token) : null;
  const account = claim ? findSignedInAccount(getDb(), claim, now) : null;
  if (!account) return "signedOut";
  if (path.kind === "signedIn") return "allowed";
  const viewer = loadViewer(getDb(), account.id);
  if (path.kind === "newConference") return can(viewer, { action: "conference.create" }) ? "allowed" : "notFound";
  if (path.kind === "organization")
    return listOrganizations(getDb(), viewer).some((o) => o.id === path.id && o.editable) ? "allowed" : "notFound";
  const conference = findWorkspaceConference(getDb(), viewer, path.conference);
  if (!conference) return "notFound";
  return path.organizersOnly && conference.access !== "organizer" ? "notFound" : "allowed";
}
