import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { writeRelease } from "../releases/publish";
import { conferences, releases, type Release } from "../schema";
import { assertCan } from "@/lib/auth/permissions";
import { releaseVersionSchema } from "@/lib/release/version";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

/** What the publish form is told of the release it made; the snapshot and changelog stay on the server. */
export type ReleaseReceipt = Pick<Release, "id" | "version" | "publishedAt">;

/**
 * Publishes the working programme as a new release named by the organizer. Organizers only;
 * the public sees it through the conference's new revision, with nothing to invalidate.
 */
export function publishRelease(ctx: WriteContext, conferenceId: number, input: unknown): Result<Release> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      const exists = db.select({ id: conferences.id }).from(conferences).where(eq(conferences.id, conferenceId)).get();
      return exists ? { userId: viewer.userId } : null;
    },
    schema: z.object({ version: releaseVersionSchema }),
    input,
    run: (tx, { version }, { userId }, now) => {
      const taken = tx
        .select({ id: releases.id })
        .from(releases)
        .where(and(eq(releases.conferenceId, conferenceId), eq(releases.version, version)))
        .get();
      if (taken) return refuse.field("version", "releaseNameTaken", { version });
      return writeRelease(tx, { conferenceId, version, userId, at: now });
    },
  });
}
