"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { DeleteForm } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormField } from "./form-field";

interface Props {
  conference: string;
  room: { id: number; name: string; nameEn: string; slug: string; capacity: string; position: string } | null;
  save: Action;
  remove?: Action;
}

/** Create or edit a room; errors beside the fields, typed values kept. */
export function RoomForm({ conference, room, save, remove }: Props) {
  const t = useTranslations("rooms");
  const tl = useTranslations("adminList");
  const form = useActionForm(save, room);
  return (
    <div className="space-y-4">
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference} />
        {room ? <input type="hidden" name="$room" value={room.id} /> : null}
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
          label={t("capacity")}
          name="capacity"
          inputMode="numeric"
          defaultValue={form.value("capacity")}
          error={form.error("capacity")}
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
      {room && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $conference: conference, $room: room.id }}
          confirm={tl("confirmDelete", { name: room.name })}
        />
      ) : null}
    </div>
  );
}
