"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { updateOwnProfile, type OwnProfileForm } from "@/db/mutations/own-profile";
import { updateOwnUnavailability } from "@/db/mutations/own-unavailability";
import { removeOwnPhoto, setOwnPhoto, type PhotoWriteOptions } from "@/db/mutations/speaker-photo";
import { refreshSpeakerInLatestReleases } from "@/db/releases/refresh-speaker";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";
import { ForbiddenError } from "@/lib/auth/permissions";
import { MAX_PHOTO_BYTES } from "@/lib/photos/photo-type";
import { uploadsDir } from "@/lib/photos/photo-store";
import { conferenceBySlug } from "../admin/[conference]/form-conference";

// Every action names the profile it changes ($speaker) and the data function checks that
// it is the signed-in account's own: a forged id is refused there, not trusted here.
const speakerOf = (formData: FormData) => Number(formData.get("$speaker"));

/** Saves the speaker's words and links; their public pages show them at once. */
export async function saveOwnProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "forbidden", values };
  const result = attemptWrite(
    () => updateOwnProfile(getDb(), viewer, speakerOf(formData), values as OwnProfileForm),
    values,
  );
  if (!result.ok) return result.state;
  return { status: "saved", values };
}

/** Replaces the speaker's photo; the old one stays when the file is refused. */
export async function uploadOwnPhotoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "forbidden" };
  const file = formData.get("photo");
  if (!(file instanceof File) || file.size === 0)
    return { status: "error", fieldErrors: { photo: "Choose a picture to upload." } };
  // Checked before reading it: the content check (type, pixels) follows in the data function.
  if (file.size > MAX_PHOTO_BYTES)
    return {
      status: "error",
      fieldErrors: { photo: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; photos may be at most 5 MB.` },
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return photoWrite((options) => setOwnPhoto(getDb(), viewer, speakerOf(formData), bytes, options));
}

export async function removeOwnPhotoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "forbidden" };
  return photoWrite((options) => removeOwnPhoto(getDb(), viewer, speakerOf(formData), options));
}

type PhotoResult = Awaited<ReturnType<typeof setOwnPhoto>>;

async function photoWrite(write: (options: PhotoWriteOptions) => Promise<PhotoResult>): Promise<FormState> {
  const options: PhotoWriteOptions = {
    dir: uploadsDir(),
    // The latest release shows the new photo at once; its revision moves with it.
    afterWrite: (t, speakerId, now) => void refreshSpeakerInLatestReleases(t, speakerId, now),
  };
  let result: PhotoResult;
  try {
    result = await write(options);
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw error;
  }
  if (!result.ok)
    return {
      status: "error",
      message: result.reason === "invalid" ? result.message : result.reason,
      fieldErrors: "fieldErrors" in result ? result.fieldErrors : undefined,
    };
  refresh();
  return { status: "saved" };
}

/** Replaces the times the speaker cannot speak at one conference (where they take part). */
export async function saveOwnUnavailabilityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceBySlug(String(formData.get("$conference") ?? ""));
  if (!viewer) return { status: "error", message: "forbidden", values };
  if (!conference) return { status: "error", message: "not-found", values };
  const result = attemptWrite(
    () =>
      updateOwnUnavailability(getDb(), viewer, speakerOf(formData), conference.id, {
        unavailability: values.unavailability ?? "[]",
      }),
    values,
  );
  if (!result.ok) return result.state;
  return { status: "saved", values };
}
