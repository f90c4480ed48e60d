"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import {
  forumKinds,
  forumOrganizationRoles,
  type ForumKind,
  type ForumOrganizationRole,
} from "@/lib/domain/vocabulary";
import { DeleteForm } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField, TextAreaField } from "./choice-fields";
import { FormField } from "./form-field";
import {
  EditableRow,
  initialRows,
  RowError,
  rowButton,
  rowControl,
  rowInvalid,
  RowSelect,
  useRows,
} from "./row-editor";

type ForumOrganizationRow = { organizationId: string; role: ForumOrganizationRole };

export interface ForumFormValues {
  id: number;
  name: string;
  nameEn: string;
  slug: string;
  kind: ForumKind;
  theme: string;
  themeEn: string;
  description: string;
  descriptionEn: string;
  date: string;
  position: string;
  organizations: ForumOrganizationRow[];
}

interface Props {
  conference: { slug: string; startDate: string; endDate: string };
  forum: ForumFormValues | null;
  /** Organizers change everything; a forum's editors only its words. */
  organizer: boolean;
  organizations: Array<{ id: number; name: string; shortName: string | null }>;
  save: Action;
  remove?: Action;
}

/** Create or edit a forum and its organizations; errors beside the fields, typed values kept. */
export function ForumForm({ conference, forum, organizer, organizations, save, remove }: Props) {
  const t = useTranslations("forums");
  const tl = useTranslations("adminList");
  const { organizations: savedRows = [], ...saved } = forum ?? {};
  const form = useActionForm(save, forum ? saved : null);
  const value = form.value;
  const error = form.error;
  const forumOrganizations = useRows<ForumOrganizationRow>(initialRows(form.state.values?.organizations, savedRows));
  const orgName = new Map(
    organizations.map((o) => [String(o.id), o.shortName ? `${o.name}（${o.shortName}）` : o.name]),
  );
  const locked = !organizer;
  return (
    <div className="space-y-4">
      {locked ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("forumEditorLimit")}</p>
      ) : null}
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference.slug} />
        {forum ? <input type="hidden" name="$forum" value={forum.id} /> : null}
        <FormField label={t("name")} {...form.field("name")} required />
        <FormField label={t("nameEn")} {...form.field("nameEn")} />
        <FormField label={t("slug")} {...form.field("slug")} hint={t("slugHint")} required disabled={locked} />
        <SelectField
          label={t("kind")}
          name="kind"
          key={value("kind")}
          defaultValue={value("kind") || "forum"}
          error={error("kind")}
          disabled={locked}
          options={forumKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FormField
          label={t("date")}
          name="date"
          type="date"
          min={conference.startDate}
          max={conference.endDate}
          defaultValue={value("date") || conference.startDate}
          error={error("date")}
          hint={t("dateHint", { start: conference.startDate, end: conference.endDate })}
          required
          disabled={locked}
        />
        <FormField
          label={t("position")}
          name="position"
          inputMode="numeric"
          defaultValue={value("position") || "0"}
          error={error("position")}
          hint={t("positionHint")}
          disabled={locked}
        />
        <FormField label={t("theme")} {...form.field("theme")} />
        <FormField label={t("themeEn")} {...form.field("themeEn")} />
        <TextAreaField label={t("description")} {...form.field("description")} />
        <TextAreaField label={t("descriptionEn")} {...form.field("descriptionEn")} />
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">
            {t("organizations")}
            {locked ? <span className="ml-2 font-normal text-slate-600">({t("readOnly")})</span> : null}
          </legend>
          {organizer ? (
            <input type="hidden" name="organizations" value={JSON.stringify(forumOrganizations.rows)} />
          ) : null}
          {forumOrganizations.rows.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">{t("noOrganizations")}</p>
          ) : null}
          <ol className="mt-2 space-y-2">
            {forumOrganizations.rows.map((row, i) =>
              locked ? (
                <li key={i} className="text-sm">
                  {orgName.get(row.organizationId) ?? row.organizationId} · {t(`roles.${row.role}`)}
                </li>
              ) : (
                <EditableRow
                  key={i}
                  errorId={`organization-${i}-error`}
                  error={error(`organizations.${i}.organizationId`) ?? error(`organizations.${i}.role`)}
                  onRemove={() => forumOrganizations.remove(i)}
                  remove={t("remove")}
                >
                  <select
                    aria-label={`${t("organization")} (${t("row", { number: i + 1 })})`}
                    value={row.organizationId}
                    onChange={(e) => forumOrganizations.update(i, { organizationId: e.target.value })}
                    {...rowInvalid(`organization-${i}-error`, error(`organizations.${i}.organizationId`))}
                    className={`${rowControl} min-w-64`}
                  >
                    <option value="">{t("chooseOrganization")}</option>
                    {organizations.map((o) => (
                      <option key={o.id} value={String(o.id)}>
                        {orgName.get(String(o.id))}
                      </option>
                    ))}
                  </select>
                  <RowSelect
                    aria-label={`${t("role")} (${t("row", { number: i + 1 })})`}
                    value={row.role}
                    values={forumOrganizationRoles}
                    label={(r) => t(`roles.${r}`)}
                    onPick={(role) => forumOrganizations.update(i, { role })}
                  />
                </EditableRow>
              ),
            )}
          </ol>
          {organizer ? (
            <button
              type="button"
              onClick={() => forumOrganizations.add({ organizationId: "", role: "organizer" })}
              className={`${rowButton} mt-2`}
            >
              + {t("addOrganization")}
            </button>
          ) : null}
          <RowError id="organizations-error" error={error("organizations")} />
        </fieldset>
        <FormFooter pending={form.pending} message={form.message} className="sm:col-span-2" />
      </form>
      {forum && remove ? (
        <DeleteForm
          action={remove}
          hidden={{ $conference: conference.slug, $forum: forum.id }}
          confirm={tl("confirmDelete", { name: forum.name })}
        />
      ) : null}
    </div>
  );
}
