"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { deleteRoom, saveRoom, type RoomForm } from "@/db/mutations/rooms";
import { conferences } from "@/db/schema";
import { eq } from "drizzle-orm";
import { typedValues, type FormState } from "@/lib/admin/form-result";
import { ForbiddenError } from "@/lib/auth/permissions";

function conferenceOf(formData: FormData) {
  const slug = String(formData.get("$conference") ?? "");
  const row = getDb().select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? { id: row.id, slug } : null;
}

/** Creates (no `$room`) or updates a room; field errors come back beside the fields with what was typed. */
export async function saveRoomAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden", values };
  const roomId = formData.get("$room") ? Number(formData.get("$room")) : null;
  try {
    const result = saveRoom(getDb(), viewer, conference.id, roomId, values as RoomForm);
    if (!result.ok)
      return {
        status: "error",
        message: result.reason === "invalid" ? result.message : result.reason,
        fieldErrors: "fieldErrors" in result ? result.fieldErrors : undefined,
        values,
      };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", message: "forbidden", values };
    throw error;
  }
  // The workspace reads the database directly; public pages change only on publishing.
  redirect(`/admin/${conference.slug}/rooms`);
}

export async function deleteRoomAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden" };
  try {
    const result = deleteRoom(getDb(), viewer, conference.id, Number(formData.get("$room")));
    if (!result.ok) return { status: "error", message: result.reason === "invalid" ? result.message : result.reason };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw error;
  }
  redirect(`/admin/${conference.slug}/rooms`);
}
