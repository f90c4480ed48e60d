"use server";

import { conferenceAction } from "@/app/form-action";
import { publishRelease } from "@/db/mutations/publish-release";
import type { Release } from "@/db/schema";

/** What the form is told of the release it published; the snapshot and changelog stay on the server. */
export type PublishedRelease = Pick<Release, "id" | "version" | "publishedAt">;

/** Publishes the working programme as a release; the public sees it through the conference's new revision. */
export const publishAction = conferenceAction<Release, PublishedRelease>(
  ({ ctx, conference, values }) => publishRelease(ctx, conference.id, values),
  ({ id, version, publishedAt }) => ({ status: "saved", data: { id, version, publishedAt } }),
);
