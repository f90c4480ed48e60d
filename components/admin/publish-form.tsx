"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { PublishState } from "@/app/[locale]/admin/[conference]/publish/actions";

/** Names and publishes a release; confirms first, keeps the typed name after an error. */
export function PublishForm({
  conferenceId,
  slug,
  suggested,
  action,
}: {
  conferenceId: number;
  slug: string;
  suggested: string;
  action: (s: PublishState, f: FormData) => Promise<PublishState>;
}) {
  const t = useTranslations("publish");
  const [state, formAction, pending] = useActionState(action, { status: "idle", version: suggested });
  const known = ["signed-out", "forbidden", "not-found"];
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) e.preventDefault();
      }}
      className="mt-4 flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <input type="hidden" name="slug" value={slug} />
      <div>
        <label htmlFor="release-version" className="block text-sm font-medium">
          {t("version")}
        </label>
        <input
          id="release-version"
          name="version"
          defaultValue={state.status === "published" ? "" : state.version}
          key={state.status}
          required
          maxLength={40}
          aria-invalid={state.status === "error" ? true : undefined}
          aria-describedby={state.status === "error" ? "release-version-error" : undefined}
          className="mt-1 rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? t("publishing") : t("submit")}
      </button>
      <p role="status" className="w-full text-sm">
        {state.status === "published" ? <span className="font-medium text-green-800">{t("done")}</span> : null}
        {state.status === "error" ? (
          <span id="release-version-error" className="font-medium text-red-800">
            {known.includes(state.message ?? "") ? t(`error.${state.message}` as "error.forbidden") : state.message}
          </span>
        ) : null}
      </p>
    </form>
  );
}
