import "server-only";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { conferenceCsv } from "@/db/interop/conference-csv";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";

/**
 * A CSV of the working programme. The route checks the right itself (the
 * proxy is no guard): organizers of the conference only; anyone else gets the
 * same 404 as for a conference that does not exist.
 */
export async function csvExport(slug: string, kind: "sessions" | "speakers"): Promise<Response> {
  const viewer = await getViewer();
  const conference = viewer ? findWorkspaceConference(getDb(), viewer, slug) : null;
  if (!viewer || !conference || conference.access !== "organizer") {
    return new Response("Not found.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(conferenceCsv(getDb(), conference.id, kind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${conference.slug}-${kind}.csv"`,
      // Private fields: never kept by a shared cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
