"use server";

import { refresh } from "next/cache";
import { conferenceAction, formAction, idFrom } from "@/app/form-action";
import { updateOwnProfile } from "@/db/mutations/own-profile";
import { updateOwnUnavailability } from "@/db/mutations/own-unavailability";
import { refuse } from "@/db/mutations/pipeline";
import { removeOwnPhoto, setOwnPhoto, type PhotoWriteOptions } from "@/db/mutations/speaker-photo";
import { refreshSpeakerInLatestReleases } from "@/db/releases/refresh-speaker";
import type { ActionResult } from "@/lib/admin/action-result";
import { MAX_PHOTO_BYTES, tooLarge } from "@/lib/photos/photo-type";
import { uploadsDir } from "@/lib/photos/photo-store";

// Every action names the profile it changes ($speaker) and the data function checks that
// it is the signed-in account's own: a forged id is refused there, not trusted here.
const speakerOf = (formData: FormData) => idFrom(formData, "$speaker") ?? 0;

const photoOptions = (): PhotoWriteOptions => ({
  dir: uploadsDir(),
  // The latest release shows the new photo at once; its revision moves with it.
  afterWrite: (tx, speakerId, now) => void refreshSpeakerInLatestReleases(tx, speakerId, now),
});

const refreshed = (): ActionResult => {
  refresh();
  return { status: "saved" };
};

/** Saves the speaker's words and links; their public pages show them at once. The form keeps showing what was saved. */
export const saveOwnProfileAction = formAction(
  ({ ctx, formData, values }) => updateOwnProfile(ctx, speakerOf(formData), values),
  (_saved, { values }) => ({ status: "saved", values }),
);

/** Replaces the speaker's photo; the old one stays when the file is refused. */
export const uploadOwnPhotoAction = formAction(async ({ ctx, formData }) => {
  const file = formData.get("photo");
  if (!(file instanceof File) || file.size === 0) return refuse.field("photo", "chooseFile");
  // Checked before reading it: the content check (type, pixels) follows in the data function.
  if (file.size > MAX_PHOTO_BYTES) {
    const big = tooLarge(file.size);
    return refuse.field("photo", big.code, big.values);
  }
  return setOwnPhoto(ctx, speakerOf(formData), new Uint8Array(await file.arrayBuffer()), photoOptions());
}, refreshed);

export const removeOwnPhotoAction = formAction(
  ({ ctx, formData }) => removeOwnPhoto(ctx, speakerOf(formData), photoOptions()),
  refreshed,
);

/** Replaces the times the speaker cannot speak at one conference (where they take part). */
export const saveOwnUnavailabilityAction = conferenceAction(
  ({ ctx, conference, formData, values }) =>
    updateOwnUnavailability(ctx, speakerOf(formData), conference.id, { unavailability: values.unavailability ?? "[]" }),
  (_none, { values }) => ({ status: "saved", values }),
);
