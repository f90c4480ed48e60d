import { getViewer } from "@/db/auth/current-viewer";
import { signedInAs } from "@/lib/auth/signed-in";

/**
 * Whether the caller is signed in, and as whom: asked by the public header after it loads
 * (components/layout/viewer-link.tsx). Public pages are the same bytes for everyone and are
 * kept by the page server, so who is signed in is never part of them; it is asked here,
 * answered for this caller only and never stored.
 */
export async function GET() {
  const viewer = await getViewer();
  return Response.json(
    { viewer: viewer ? signedInAs(viewer) : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
