"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/app/form-action";
import { createConference } from "@/db/mutations/conferences";

/** Creates an unpublished conference and goes on to its settings; nothing public changes until it is published. */
export const createConferenceAction = formAction(
  ({ ctx, values }) => createConference(ctx, values),
  (created) => redirect(`/admin/${created.slug}/settings?saved=conference`),
);
