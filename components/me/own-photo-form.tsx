"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SpeakerAvatar } from "@/components/speaker/speaker-avatar";
import type { FormAction } from "@/lib/admin/form-result";

const MAX_BYTES = 5 * 1024 * 1024;
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
  upload: FormAction;
  remove: FormAction;
}) {
  const t = useTranslations("me");
  const [uploaded, uploadAction, uploading] = useActionState(upload, { status: "idle" });
  const [removed, removeAction, removing] = useActionState(remove, { status: "idle" });
  const [clientError, setClientError] = useState<string | null>(null);
  const error =
    clientError ??
    uploaded.fieldErrors?.photo ??
    (uploaded.status === "error" ? message(uploaded.message) : undefined) ??
    (removed.status === "error" ? message(removed.message) : undefined);
  function message(m: string | undefined) {
    return m === "forbidden" || m === "not-found" ? t(`error.${m}`) : m;
  }
  function check(file: File | undefined) {
    if (!file) return setClientError(null);
    if (file.size > MAX_BYTES)
      return setClientError(t("photoTooLarge", { size: (file.size / 1024 / 1024).toFixed(1) }));
    // The type a browser reports comes from the file name; the server looks at the bytes.
    if (file.type && !ACCEPTED.includes(file.type)) return setClientError(t("photoWrongType"));
    setClientError(null);
  }
  return (
    <div className="flex flex-wrap items-start gap-4">
      <SpeakerAvatar name={name} photo={photo} size="lg" />
      <div className="min-w-64 flex-1 space-y-3">
        {photo ? null : <p className="text-sm text-slate-600">{t("noPhoto")}</p>}
        <form action={uploadAction} onSubmit={(e) => clientError && e.preventDefault()} className="space-y-2">
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
            <button
              type="submit"
              disabled={uploading || clientError !== null}
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
            >
              {uploading ? t("uploading") : t("upload")}
            </button>
            {uploaded.status === "saved" && !uploading ? (
              <p role="status" className="text-sm font-medium text-green-800">
                {t("photoSaved")}
              </p>
            ) : null}
          </div>
        </form>
        {photo ? (
          <form action={removeAction} className="flex items-center gap-3">
            <input type="hidden" name="$speaker" value={speakerId} />
            <button
              type="submit"
              disabled={removing}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              {t("removePhoto")}
            </button>
            {removed.status === "saved" ? (
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
