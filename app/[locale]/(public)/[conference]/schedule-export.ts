import "server-only";
import { readPublishedProgramme } from "@/db/queries/public";
import { exportNotFound, exportResponse } from "@/lib/interop/export-http";
import { exportFormatVersion, renderSchedule, scheduleFormats, type ScheduleFormat } from "@/lib/interop/render-export";
import { etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";
import packageJson from "@/package.json";

/** One schedule format of a conference's latest release, the same bytes for everyone (no language, no cookies). */
export async function scheduleExport(request: Request, format: ScheduleFormat, conference: string): Promise<Response> {
  if (!isSlug(conference)) return exportNotFound("Conference not found.");
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return exportNotFound("Conference not found.");
  // Links in the export point at the public site, whatever Host the request named.
  const origin = siteUrl();
  return exportResponse(request, {
    etag: etagOf([programme.revision, exportFormatVersion, format, conference, origin]),
    contentType: scheduleFormats[format].contentType,
    body: () =>
      renderSchedule(format, programme.snapshot, {
        origin,
        version: programme.version,
        generatedAt: new Date(programme.publishedAt),
        generatorVersion: packageJson.version,
      }),
  });
}
