// Which workspace URLs a person may open, by the part after /admin: the proxy answers a real
// 404 status for the rest before a page streams (a page's own notFound() comes after the shell
// was sent, with status 200). The pages still check the viewer's rights themselves.

/** A conference's pages only its organizers use; forum editors get the others. */
const organizerSections = new Set([
  "rooms",
  "tracks",
  "publish",
  "log",
  "import",
  "settings",
  "organizers",
  "webhooks",
  "export",
]);
const editorSections = new Set(["", "schedule", "sessions", "forums", "speakers", "outbox"]);
/** Workspace pages that are not a conference's: /admin/organizations, /admin/conferences/new. */
const notConferences = new Set(["conferences", "organizations"]);
const ID = /^[1-9][0-9]{0,9}$/;

export type WorkspacePath =
  | { kind: "conference"; conference: string; organizersOnly: boolean }
  | { kind: "newConference" }
  /** An organization's edit page: only for those who may edit it (the directory itself is open). */
  | { kind: "organization"; id: number }
  /** Any other workspace page: for anyone signed in; the page decides the rest. */
  | { kind: "signedIn" };

/** What opening this path needs, or null when it is not a signed-in page. `segments` start after the host. */
export function workspacePathCheck(segments: readonly string[]): WorkspacePath | null {
  // The speaker's own page is a workspace of one.
  if (segments[0] === "me" && segments.length === 1) return { kind: "signedIn" };
  if (segments[0] !== "admin") return null;
  if (segments.length < 2 || !segments[1]) return { kind: "signedIn" };
  const [, first, section = "", next] = segments;
  if (first === "conferences")
    return section === "new" && segments.length === 3 ? { kind: "newConference" } : { kind: "signedIn" };
  if (first === "organizations" && ID.test(section) && segments.length === 3)
    return { kind: "organization", id: Number(section) };
  if (notConferences.has(first!)) return { kind: "signedIn" };
  // A forum's page is for its editors, a new forum is for organizers.
  if (section === "forums" && next === "new") return { kind: "conference", conference: first!, organizersOnly: true };
  if (organizerSections.has(section)) return { kind: "conference", conference: first!, organizersOnly: true };
  if (editorSections.has(section)) return { kind: "conference", conference: first!, organizersOnly: false };
  return { kind: "signedIn" };
}
