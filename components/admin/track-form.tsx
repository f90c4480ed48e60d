"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { DeleteForm } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormField } from "./form-field";

interface Props {
  conference: string;
  track: { id: number; name: string; nameEn: string; slug: string; color: string; position: string } | null;
  save: Action;
  remove?: Action;
}

/** Create or edit a track; errors beside the fields, typed values kept. */
export function TrackForm({ conference, track, save, remove }: Props) {
  const t = useTranslations("tracks");
  const tl = useTranslations("adminList");
  const form = useActionForm(save, track);
  return (
    <div className="space-y-4">
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference} />
        {track ? <input type="hidden" name="$track" value={track.id} /> : null}
        <FormField
          label={t("name")}
          name="name"
          defaultValue={form.value("name")}
          error={form.error("name")}
          required
          maxLength={120}
        />
        <FormField
          label={t("nameEn")}
          name="nameEn"
          defaultValue={form.value("nameEn")}
          error={form.error("nameEn")}
          maxLength={120}
        />
        <FormField
          label={t("slug")}
          name="slug"
          defaultValue={form.value("slug")}
          error={form.error("slug")}
          hint={t("slugHint")}
          required
        />
        <FormField
          label={t("color")}
          name="color"
          defaultValue={form.value("color") || "#4f46e5"}
          error={form.error("color")}
          hint={t("colorHint")}
          required
          maxLength={7}
        />
        <FormField
          label={t("position")}
          name="position"
          inputMode="numeric"
          defaultValue={form.value("position") || "0"}
          error={form.error("position")}
          hint={t("positionHint")}
        />
        <FormFooter pending={form.pending} message={form.message} className="sm:col-span-2" />
      </form>
      {track && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $conference: conference, $track: track.id }}
          confirm={tl("confirmDelete", { name: track.name })}
        />
      ) : null}
    </div>
  );
}
