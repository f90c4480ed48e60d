"use server";

import { redirect } from "next/navigation";
import { conferenceAction } from "@/app/form-action";
import { saveConferenceSettings } from "@/db/mutations/conferences";

/** Saves a conference's settings; the public sees what changed through the conference's new revision. */
export const saveConferenceSettingsAction = conferenceAction(
  ({ ctx, conference, values }) => saveConferenceSettings(ctx, conference.id, values),
  // A new slug moves the workspace's address too.
  (saved) => redirect(`/admin/${saved.slug}/settings?saved=settings`),
);
