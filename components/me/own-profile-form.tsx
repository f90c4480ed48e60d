"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/admin/form-field";
import { initialRows } from "@/components/admin/row-editor";
import { LinkRows, type LinkRow } from "@/components/admin/speaker-rows";
import { FormOutcome } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Action } from "@/lib/admin/action-result";
import { MarkdownField } from "./markdown-field";

export interface OwnProfileValues {
  name: string;
  nameEn: string;
  position: string;
  positionEn: string;
  organization: string;
  organizationEn: string;
  bio: string;
  bioEn: string;
  links: LinkRow[];
}
type TextField = Exclude<keyof OwnProfileValues, "links">;

/** The speaker's own words and links: the only profile fields they may change. */
export function OwnProfileForm({
  speakerId,
  profile,
  save,
}: {
  speakerId: number;
  profile: OwnProfileValues;
  save: Action;
}) {
  const t = useTranslations("speakersAdmin");
  const tm = useTranslations("me");
  const { links, ...saved } = profile;
  const form = useActionForm(save, saved);
  const { state, pending, error } = form;
  const field = (name: TextField, extra: { required?: boolean } = {}) => (
    <FormField label={t(name)} {...form.field(name)} {...extra} />
  );
  return (
    <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="$speaker" value={speakerId} />
      {field("name", { required: true })}
      {field("nameEn")}
      {field("position")}
      {field("positionEn")}
      {field("organization")}
      {field("organizationEn")}
      <MarkdownField label={t("bio")} {...form.field("bio")} hint={t("markdownHint")} />
      <MarkdownField label={t("bioEn")} {...form.field("bioEn")} hint={t("markdownHint")} />
      <LinkRows initial={initialRows(state.values?.links, links)} error={error} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton pending={pending} pendingLabel={tm("saving")}>
          {tm("save")}
        </SubmitButton>
        <FormOutcome saved={state.status === "saved" && !pending ? tm("saved") : null} message={form.message} />
      </div>
    </form>
  );
}
