"use server";

import { redirect } from "next/navigation";
import { conferenceAction, idFrom } from "@/app/form-action";
import { grantOrganizer, revokeOrganizer } from "@/db/mutations/organizers";

/** Gives an existing user organizer rights, found by the email typed; a refusal is said beside that field. */
export const grantOrganizerAction = conferenceAction(
  ({ ctx, conference, values }) => grantOrganizer(ctx, conference.id, values),
  (_organizer, { conference }) => redirect(`/admin/${conference.slug}/organizers?saved=organizer`),
);

export const revokeOrganizerAction = conferenceAction(
  ({ ctx, conference, formData }) => revokeOrganizer(ctx, conference.id, idFrom(formData, "$user") ?? 0),
  // Revoking ends every sign-in of the account, one's own included when revoking oneself.
  (_none, { ctx, conference, formData }) =>
    redirect(
      idFrom(formData, "$user") === ctx.viewer.userId
        ? "/signin"
        : `/admin/${conference.slug}/organizers?saved=organizer`,
    ),
);
