"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { DeleteForm } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField, TextAreaField } from "./choice-fields";
import { FormField } from "./form-field";
import { initialRows } from "./row-editor";
import { LinkRows, UnavailabilityRows, type LinkRow, type WindowRow } from "./speaker-rows";

export interface SpeakerFormValues {
  id: number;
  name: string;
  nameEn: string;
  slug: string;
  position: string;
  positionEn: string;
  organization: string;
  organizationEn: string;
  organizationId: string;
  bio: string;
  bioEn: string;
  photo: string;
  links: LinkRow[];
  unavailability: WindowRow[];
}
type TextField = Exclude<keyof SpeakerFormValues, "id" | "links" | "unavailability">;

interface Props {
  conference: { slug: string; startDate: string; endDate: string; timeZone: string };
  speaker: SpeakerFormValues | null;
  organizations: Array<{ id: number; name: string; shortName: string | null }>;
  save: Action;
  remove?: Action;
}

/** Create or edit a speaker profile and their unavailability at this conference; errors beside the fields, typed values kept. */
export function SpeakerForm({ conference, speaker, organizations, save, remove }: Props) {
  const t = useTranslations("speakersAdmin");
  const tl = useTranslations("adminList");
  const form = useActionForm(save);
  const { state, error } = form;
  const value = (name: TextField) => state.values?.[name] ?? (speaker ? speaker[name] : "");
  const props = (name: TextField) => ({ name, defaultValue: value(name), error: error(name) });
  const field = (name: TextField, extra: { required?: boolean; hint?: string; type?: string } = {}) => (
    <FormField label={t(name)} {...props(name)} {...extra} />
  );
  return (
    <div className="space-y-4">
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference.slug} />
        {speaker ? <input type="hidden" name="$speaker" value={speaker.id} /> : null}
        {field("name", { required: true })}
        {field("nameEn")}
        {field("slug", { required: true, hint: t("slugHint") })}
        {field("photo", { type: "url", hint: t("photoHint") })}
        {field("position")}
        {field("positionEn")}
        {field("organization")}
        {field("organizationEn")}
        <SelectField
          key={`organizationId:${value("organizationId")}`}
          label={t("organizationId")}
          {...props("organizationId")}
          hint={t("organizationIdHint")}
          options={[
            { value: "", label: t("noOrganization") },
            ...organizations.map((o) => ({
              value: String(o.id),
              label: o.shortName ? `${o.name}（${o.shortName}）` : o.name,
            })),
          ]}
        />
        <div className="hidden sm:block" />
        <TextAreaField label={t("bio")} {...props("bio")} hint={t("markdownHint")} rows={6} />
        <TextAreaField label={t("bioEn")} {...props("bioEn")} hint={t("markdownHint")} rows={6} />
        <LinkRows initial={initialRows(state.values?.links, speaker?.links ?? [])} error={error} />
        <UnavailabilityRows
          initial={initialRows(state.values?.unavailability, speaker?.unavailability ?? [])}
          error={error}
          timeZone={conference.timeZone}
          min={`${conference.startDate}T00:00`}
          max={`${conference.endDate}T23:59`}
        />
        <FormFooter pending={form.pending} message={form.message} className="sm:col-span-2" />
      </form>
      {speaker && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $conference: conference.slug, $speaker: speaker.id }}
          confirm={tl("confirmDelete", { name: speaker.name })}
        />
      ) : null}
    </div>
  );
}
