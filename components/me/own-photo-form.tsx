"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SpeakerAvatar } from "@/components/speaker/speaker-avatar";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Action } from "@/lib/admin/action-result";
import { MAX_PHOTO_BYTES, tooLarge } from "@/lib/photos/photo-type";

const ACCEPTED = ["image/jpeg", "image/png", "image/webp"];

/**
 * Upload or remove the speaker's photo. The browser checks size and type
 * first to spare a 5 MB round trip; the server checks the content again.
 */
export function OwnPhotoForm({
  speakerId,
  name,
  photo,
  upload,
  remove,
}: {
  speakerId: number;
  name: string;
  photo: string | null;
  upload: Action;
  remove: Action;
}) {
  const t = useTranslations("me");
  const uploaded = useActionForm(upload);
  const removed = useActionForm(remove);
  const [clientError, setClientError] = useState<string | null>(null);
  const error = clientError ?? uploaded.error("photo") ?? uploaded.message ?? removed.message;
  function check(file: File | undefined) {
    if (!file) return setClientError(null);
    // The same words the server would say: the browser only spares a 5 MB round trip.
    if (file.size > MAX_PHOTO_BYTES) {
      const big = tooLarge(file.size);
      return setClientError(uploaded.say(big) ?? null);
    }
    // The type a browser reports comes from the file name; the server looks at the bytes.
    if (file.type && !ACCEPTED.includes(file.type))
      return setClientError(uploaded.say({ code: "notAPicture" }) ?? null);
    setClientError(null);
  }
  return (
    <div className="flex flex-wrap items-start gap-4">
      <SpeakerAvatar name={name} photo={photo} size="lg" />
      <div className="min-w-64 flex-1 space-y-3">
        {photo ? null : <p className="text-sm text-slate-600">{t("noPhoto")}</p>}
        <form action={uploaded.action} onSubmit={(e) => clientError && e.preventDefault()} className="space-y-2">
          <input type="hidden" name="$speaker" value={speakerId} />
          <label htmlFor="field-photo" className="block text-sm font-medium text-slate-800">
            {t("photoFile")}
          </label>
          <input
            id="field-photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            onChange={(e) => check(e.target.files?.[0])}
            aria-invalid={error ? true : undefined}
            aria-describedby={`field-photo-hint${error ? " field-photo-error" : ""}`}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
          />
          <p id="field-photo-hint" className="text-xs text-slate-600">
            {t("photoIntro")}
          </p>
          {error ? (
            <p id="field-photo-error" role="alert" className="text-sm font-medium text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton pending={uploaded.pending} disabled={clientError !== null} pendingLabel={t("uploading")}>
              {t("upload")}
            </SubmitButton>
            {uploaded.state.status === "saved" && !uploaded.pending ? (
              <p role="status" className="text-sm font-medium text-green-800">
                {t("photoSaved")}
              </p>
            ) : null}
          </div>
        </form>
        {photo ? (
          <form action={removed.action} className="flex items-center gap-3">
            <input type="hidden" name="$speaker" value={speakerId} />
            <SubmitButton
              pending={removed.pending}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              {t("removePhoto")}
            </SubmitButton>
            {removed.state.status === "saved" ? (
              <p role="status" className="text-sm text-green-800">
                {t("photoRemoved")}
              </p>
            ) : null}
          </form>
        ) : null}
      </div>
    </div>
  );
}
