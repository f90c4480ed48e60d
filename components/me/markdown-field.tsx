"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { fieldControl, fieldControlClass, FormField } from "@/components/admin/form-field";
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
  return (
    <div className="grid gap-3 sm:col-span-2 md:grid-cols-2">
      <FormField label={label} name={name} error={error} hint={hint}>
        <textarea
          {...fieldControl(name, error, hint)}
          name={name}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className={fieldControlClass}
        />
      </FormField>
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
