"use server";

import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { publishRelease } from "@/db/mutations/publish-release";
import { ForbiddenError } from "@/lib/auth/permissions";

export interface PublishState {
  status: "idle" | "published" | "error";
  version: string;
  message?: string;
}

/** Publishes the working programme as a release; the public sees it through the conference's new revision. */
export async function publishAction(_previous: PublishState, formData: FormData): Promise<PublishState> {
  const version = String(formData.get("version") ?? "");
  const conferenceId = Number(formData.get("conferenceId"));
  const viewer = await getViewer();
  if (!viewer) return { status: "error", version, message: "signed-out" };
  try {
    const result = publishRelease(getDb(), viewer, { conferenceId, version });
    if (!result.ok)
      return { status: "error", version, message: result.reason === "invalid" ? result.message : result.reason };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", version, message: "forbidden" };
    throw error;
  }
  return { status: "published", version: "" };
}
