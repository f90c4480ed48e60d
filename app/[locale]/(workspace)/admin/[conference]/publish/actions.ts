"use server";

import { conferenceAction } from "@/app/form-action";
import { publishRelease, type ReleaseReceipt } from "@/db/mutations/publish-release";
import type { Release } from "@/db/schema";

/** Publishes the working programme as a release; the public sees it through the conference's new revision. */
export const publishAction = conferenceAction<Release, ReleaseReceipt>(
  ({ ctx, conference, values }) => publishRelease(ctx, conference.id, values),
  ({ id, version, publishedAt }) => ({ status: "saved", data: { id, version, publishedAt } }),
);
