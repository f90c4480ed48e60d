"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/admin/form-result";
import { DeleteForm } from "./delete-form";
import { FormField } from "./form-field";
import { useWorkspaceForm } from "./use-workspace-form";

interface Props {
  conference: string;
  track: { id: number; name: string; nameEn: string; slug: string; color: string; position: string } | null;
  save: FormAction;
  remove?: FormAction;
}

/** Create or edit a track; errors beside the fields, typed values kept. */
export function TrackForm({ conference, track, save, remove }: Props) {
  const tl = useTranslations("adminList");
  const { t, state, action, pending, value, message } = useWorkspaceForm("tracks", save, track);
  const color = value("color") || "#4f46e5";
  return (
    <div className="space-y-4">
      <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference} />
        {track ? <input type="hidden" name="$track" value={track.id} /> : null}
        <FormField
          label={t("name")}
          name="name"
          defaultValue={value("name")}
          error={state.fieldErrors?.name}
          required
          maxLength={120}
        />
        <FormField
          label={t("nameEn")}
          name="nameEn"
          defaultValue={value("nameEn")}
          error={state.fieldErrors?.nameEn}
          maxLength={120}
        />
        <FormField
          label={t("slug")}
          name="slug"
          defaultValue={value("slug")}
          error={state.fieldErrors?.slug}
          hint={t("slugHint")}
          required
        />
        <FormField
          label={t("color")}
          name="color"
          defaultValue={color}
          error={state.fieldErrors?.color}
          hint={t("colorHint")}
          required
          maxLength={7}
        />
        <FormField
          label={t("position")}
          name="position"
          inputMode="numeric"
          defaultValue={value("position") || "0"}
          error={state.fieldErrors?.position}
          hint={t("positionHint")}
        />
        <div className="flex items-end gap-3 sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
          >
            {tl("save")}
          </button>
          {state.status === "error" ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {message(state.message)}
            </p>
          ) : null}
        </div>
      </form>
      {track && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $conference: conference, $track: track.id }}
          confirm={tl("confirmDelete", { name: track.name })}
          describe={message}
        />
      ) : null}
    </div>
  );
}
