"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import type { SessionFormValues, SessionNow } from "@/db/queries/sessions";
import type { Action } from "@/lib/admin/action-result";
import { sessionKinds, sessionStatuses } from "@/lib/domain/vocabulary";
import { DeleteFormOf } from "@/components/ui/delete-form";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField, TextAreaField } from "./choice-fields";
import { FormField } from "./form-field";
import { initialRows } from "./row-editor";
import { SessionPeopleEditor, type PersonRow, type SearchSpeakers } from "./session-people-editor";
import { StaleNotice } from "./stale-notice";

type Option = { id: number; name: string };

type TextField = Exclude<keyof SessionFormValues, "id" | "version" | "people">;

interface Props {
  conference: { slug: string; startDate: string; endDate: string; timeZone: string };
  session: SessionFormValues | null;
  /** Every forum of the conference; only `editable` ones are offered. */
  forums: Array<Option & { editable: boolean }>;
  rooms: Option[];
  tracks: Option[];
  /** In the published agenda: the delete confirmation says it will disappear with the next release. */
  published: boolean;
  save: Action<SessionNow>;
  remove?: Action<SessionNow>;
  search: SearchSpeakers;
}

/**
 * Create or edit a session. An edit carries the version it was opened with; when a
 * colleague saved first, the server refuses and this shows what they changed, keeping
 * everything typed, and the next save is based on their version.
 */
export function SessionForm({ conference, session, forums, rooms, tracks, published, save, remove, search }: Props) {
  const t = useTranslations("sessionsAdmin");
  const form = useActionForm(save);
  const removal = useActionForm(remove ?? save);
  const { state } = form;
  const current = state.data?.current;
  // After a stale save, fields this editor left as they were take the colleague's values; their own edits stay.
  const value = (name: TextField) => {
    const typed = state.values?.[name];
    if (typed === undefined) return session ? session[name] : "";
    return current && session && typed === session[name] ? current[name] : typed;
  };
  const typedPeople = initialRows<PersonRow>(state.values?.people, session?.people ?? []);
  const people = current && session && sameLineUp(typedPeople, session.people) ? current.people : typedPeople;
  const version = state.stale?.currentVersion ?? session?.version;
  const stale = removal.state.stale ?? state.stale;
  const names = {
    forumId: Object.fromEntries(forums.map((f) => [f.id, f.name])),
    roomId: Object.fromEntries(rooms.map((r) => [r.id, r.name])),
    trackId: Object.fromEntries(tracks.map((r) => [r.id, r.name])),
  };
  const none = { value: "", label: t("none") };
  // A select shows a new default only when it is made again: its key is the value it should show.
  const choice = (
    name: TextField,
    label: string,
    options: Array<{ value: string; label: string }>,
    { initial = "", required = false } = {},
  ) => (
    <SelectField
      key={`${name}:${value(name) || initial}`}
      label={label}
      name={name}
      defaultValue={value(name) || initial}
      error={form.error(name)}
      required={required}
      options={options}
    />
  );
  const field = (name: TextField) => ({ name, defaultValue: value(name), error: form.error(name) });
  const text = (name: TextField, label: string, extra: Partial<ComponentProps<typeof FormField>> = {}) => (
    <FormField label={label} {...field(name)} {...extra} />
  );
  const withNone = (options: Option[]) => [none, ...options.map((o) => ({ value: String(o.id), label: o.name }))];
  const editable = forums.filter((f) => f.editable).map((f) => ({ value: String(f.id), label: f.name }));
  // No maxLength on the text fields: a browser cuts pasted text there without a word. The server
  // refuses an over-long field beside it instead, and the form keeps everything typed.
  const days = { type: "datetime-local", min: `${conference.startDate}T00:00`, max: `${conference.endDate}T23:59` };
  return (
    <div className="space-y-4">
      {stale ? <StaleNotice stale={stale} timeZone={conference.timeZone} names={names} /> : null}
      <form action={form.action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference.slug} />
        {session ? <input type="hidden" name="$session" value={session.id} /> : null}
        {session ? <input type="hidden" name="$version" value={version} /> : null}
        {choice("forumId", t("forum"), editable, { required: true })}
        {choice(
          "kind",
          t("kind"),
          sessionKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
          { initial: "talk" },
        )}
        {text("title", t("sessionTitle"), { required: true })}
        {text("titleEn", t("titleEn"))}
        {choice(
          "status",
          t("status"),
          sessionStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          { initial: "draft" },
        )}
        <FormField
          label={t("language")}
          name="language"
          defaultValue={value("language") || "zh"}
          error={form.error("language")}
          hint={t("languageHint")}
        />
        {choice("trackId", t("track"), withNone(tracks))}
        <div className="hidden sm:block" />
        <TextAreaField label={t("abstract")} {...field("abstract")} />
        <TextAreaField label={t("abstractEn")} {...field("abstractEn")} />
        <SessionPeopleEditor
          key={state.stale?.currentVersion ?? "read"}
          conference={conference.slug}
          initial={people}
          error={form.error}
          search={search}
        />
        <fieldset className="grid gap-3 sm:col-span-2 sm:grid-cols-3">
          <legend className="text-sm font-medium text-slate-800">{t("time")}</legend>
          <p className="text-xs text-slate-600 sm:col-span-3">{t("timeHint", { zone: conference.timeZone })}</p>
          {choice("roomId", t("room"), withNone(rooms))}
          {text("startsAt", t("startsAt"), days)}
          {text("endsAt", t("endsAt"), days)}
        </fieldset>
        <FormFooter pending={form.pending} message={form.message} className="sm:col-span-2" />
      </form>
      {session && remove ? (
        <DeleteFormOf
          form={removal}
          hidden={{
            $conference: conference.slug,
            $session: session.id,
            $version: removal.state.stale?.currentVersion ?? version,
          }}
          confirm={t(published ? "confirmDeletePublished" : "confirmDelete", { name: session.title })}
        />
      ) : null}
    </div>
  );
}

const lineUp = (people: PersonRow[]) => JSON.stringify(people.map((p) => [p.speakerId, p.role]));
const sameLineUp = (a: PersonRow[], b: PersonRow[]) => lineUp(a) === lineUp(b);
