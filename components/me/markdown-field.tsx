"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { SpeakerBio } from "@/components/speaker/speaker-bio";

interface Props {
  label: string;
  name: string;
  defaultValue: string;
  error?: string;
  hint?: string;
}

/**
 * A Markdown text with its preview beside it (below it on a phone), rendered
 * by the same sanitizing component as the public page, so what the speaker
 * sees is what attendees will see.
 */
export function MarkdownField({ label, name, defaultValue, error, hint }: Props) {
  const t = useTranslations("me");
  const [text, setText] = useState(defaultValue);
  // Typing stays responsive on a long bio: the preview renders when there is time.
  const preview = useDeferredValue(text);
  const id = `field-${name}`;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-3 sm:col-span-2 md:grid-cols-2">
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <textarea
          id={id}
          name={name}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
        />
        {hint ? (
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <section
        aria-label={`${t("preview")}: ${label}`}
        className="rounded-md border border-dashed border-slate-300 bg-slate-50 p-3"
      >
        <p className="mb-2 text-xs font-medium tracking-wide text-slate-600 uppercase">{t("preview")}</p>
        {preview.trim() ? (
          <SpeakerBio markdown={preview} />
        ) : (
          <p className="text-sm text-slate-600">{t("previewEmpty")}</p>
        )}
      </section>
    </div>
  );
}
