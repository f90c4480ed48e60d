"use server";

import { updateTag } from "next/cache";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { conferencesTag, conferenceTag } from "@/db/queries/public";
import { publishRelease } from "@/db/mutations/publish-release";
import { conferences } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { invalidatePublicPages } from "@/lib/serving/invalidate";

export interface PublishState {
  status: "idle" | "published" | "error";
  version: string;
  message?: string;
}

/** Publishes the working programme as a release and refreshes every public page of the conference. */
export async function publishAction(_previous: PublishState, formData: FormData): Promise<PublishState> {
  const version = String(formData.get("version") ?? "");
  const conferenceId = Number(formData.get("conferenceId"));
  const viewer = await getViewer();
  if (!viewer) return { status: "error", version, message: "signed-out" };
  let slug: string;
  try {
    const result = publishRelease(getDb(), viewer, { conferenceId, version });
    if (!result.ok)
      return { status: "error", version, message: result.reason === "invalid" ? result.message : result.reason };
    // The pages to refresh are the published conference's, not whatever slug the form names.
    slug = getDb().select({ slug: conferences.slug }).from(conferences).where(eq(conferences.id, conferenceId)).get()!
      .slug;
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", version, message: "forbidden" };
    throw error;
  }
  // Public pages render from cache until these tags are revalidated.
  updateTag(conferenceTag(slug));
  invalidatePublicPages(slug);
  updateTag(conferencesTag);
  return { status: "published", version: "" };
}
