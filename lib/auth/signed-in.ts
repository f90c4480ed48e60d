import type { Viewer } from "./permissions";

/** What the public header may know of the person signed in: their name and where their work is. */
export interface SignedIn {
  name: string;
  /** The workspace for anyone with something to manage; a speaker with nothing else goes to their profile. */
  home: "workspace" | "profile";
}

// The same choice the workspace's home page makes (a speaker with nothing to manage is sent
// on to /me), taken from the viewer's rights alone so the answer costs no query.
export function signedInAs(viewer: Viewer): SignedIn {
  const manages = viewer.isPlatformAdmin || viewer.organizerOf.size > 0 || viewer.memberOf.size > 0;
  return { name: viewer.name, home: !manages && viewer.speakerIds.size > 0 ? "profile" : "workspace" };
}
