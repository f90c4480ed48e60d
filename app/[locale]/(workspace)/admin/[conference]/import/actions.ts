"use server";

import { conferenceAction } from "@/app/form-action";
import { importUpload } from "@/db/interop/import-upload";
import type { ImportOutcome } from "@/lib/interop/import-upload";

/**
 * Previews (`intent=preview`, a dry run) or applies an uploaded schedule to this
 * conference. A file refused for what it holds comes back as an error whose data names
 * the refusal and the place, in codes the page words in the viewer's language.
 */
export const importScheduleAction = conferenceAction<ImportOutcome, ImportOutcome>(
  ({ ctx, conference, formData }) => {
    const preview = formData.get("intent") !== "apply";
    return importUpload(ctx, conference.id, {
      file: formData.get("file"),
      preview,
      publish: formData.get("publish") === "on" && !preview ? String(formData.get("version") ?? "").trim() : null,
      timeZone: String(formData.get("timeZone") ?? "").trim(),
    });
  },
  (outcome, { values }) =>
    "refusal" in outcome ? { status: "error", data: outcome, values } : { status: "saved", data: outcome },
);
