"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { ReleaseReceipt } from "@/db/mutations/publish-release";
import type { Action } from "@/lib/admin/action-result";
import { problem, type Problem } from "@/lib/errors/problem";
import { problemsOf } from "@/lib/errors/zod-problems";
import { releaseVersionSchema } from "@/lib/release/version";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * Names and publishes a release. The name is checked first (given, short enough, not one the
 * conference already has), so nobody confirms a publish that would be refused; the server
 * checks again. Keeps the typed name after a refusal.
 */
export function PublishForm({
  conference,
  suggested,
  taken,
  action,
}: {
  conference: string;
  suggested: string;
  taken: readonly string[];
  action: Action<ReleaseReceipt>;
}) {
  const t = useTranslations("publish");
  const form = useActionForm(action, { version: suggested });
  const [checked, setChecked] = useState<Problem | null>(null);
  const published = form.state.status === "saved";
  const error = form.say(checked ?? undefined) ?? form.error("version") ?? form.message;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const typed = new FormData(event.currentTarget).get("version");
    const parsed = releaseVersionSchema.safeParse(typed);
    const refusal = !parsed.success
      ? Object.values(problemsOf(parsed.error))[0]!
      : taken.includes(parsed.data)
        ? problem("releaseNameTaken", { version: parsed.data })
        : null;
    setChecked(refusal);
    if (refusal || !window.confirm(t("confirm"))) event.preventDefault();
  };
  return (
    <form action={form.action} onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="$conference" value={conference} />
      <div>
        <label htmlFor="release-version" className="block text-sm font-medium">
          {t("version")}
        </label>
        <input
          id="release-version"
          name="version"
          defaultValue={published ? "" : form.value("version")}
          key={form.state.status}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "release-version-error" : undefined}
          className="mt-1 rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      <SubmitButton pending={form.pending} pendingLabel={t("publishing")}>
        {t("submit")}
      </SubmitButton>
      <p role="status" className="w-full text-sm">
        {published && !checked ? <span className="font-medium text-green-800">{t("done")}</span> : null}
        {error ? (
          <span id="release-version-error" className="font-medium text-red-800">
            {error}
          </span>
        ) : null}
      </p>
    </form>
  );
}
