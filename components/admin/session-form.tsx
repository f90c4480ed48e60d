"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SessionFormState } from "@/app/[locale]/admin/[conference]/sessions/actions";
import type { SessionFormValues } from "@/db/queries/sessions";
import { sessionKinds, sessionStatuses } from "@/lib/domain/vocabulary";
import { SelectField, TextAreaField } from "./choice-fields";
import { ConfirmButton } from "./confirm-button";
import { FormField } from "./form-field";
import { initialRows } from "./row-editor";
import { SessionPeopleEditor, type PersonRow, type SearchSpeakers } from "./session-people-editor";
import { StaleNotice } from "./stale-notice";

type Action = (s: SessionFormState, f: FormData) => Promise<SessionFormState>;
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
  save: Action;
  remove?: Action;
  search: SearchSpeakers;
}

/**
 * Create or edit a session. An edit carries the version it was opened with; when a
 * colleague saved first, the server refuses and this shows what they changed, keeping
 * everything typed, and the next save is based on their version.
 */
export function SessionForm({ conference, session, forums, rooms, tracks, published, save, remove, search }: Props) {
  const t = useTranslations("sessionsAdmin");
  const tl = useTranslations("adminList");
  const [state, action, pending] = useActionState(save, { status: "idle" });
  const [deleteState, deleteAction] = useActionState(remove ?? save, { status: "idle" });
  const current = state.stale?.current;
  // After a stale save, fields this editor left as they were take the colleague's values; their own edits stay.
  const value = (name: TextField) => {
    const typed = state.values?.[name];
    if (typed === undefined) return session ? session[name] : "";
    return current && session && typed === session[name] ? current[name] : typed;
  };
  const typedPeople = initialRows<PersonRow>(state.values?.people, session?.people ?? []);
  const people = current && session && sameLineUp(typedPeople, session.people) ? current.people : typedPeople;
  const error = (name: string) => state.fieldErrors?.[name];
  const message = (m: string | undefined) =>
    m === "forbidden" || m === "not-found" || m === "stale" ? t(`error.${m}`) : m;
  const version = state.stale?.currentVersion ?? session?.version;
  const stale = deleteState.stale ?? state.stale;
  const names = {
    forumId: Object.fromEntries(forums.map((f) => [f.id, f.name])),
    roomId: Object.fromEntries(rooms.map((r) => [r.id, r.name])),
    trackId: Object.fromEntries(tracks.map((r) => [r.id, r.name])),
  };
  const none = { value: "", label: t("none") };
  return (
    <div className="space-y-4">
      {stale ? <StaleNotice stale={stale} timeZone={conference.timeZone} names={names} /> : null}
      <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="$conference" value={conference.slug} />
        {session ? <input type="hidden" name="$session" value={session.id} /> : null}
        {session ? <input type="hidden" name="$version" value={version} /> : null}
        <SelectField
          label={t("forum")}
          name="forumId"
          defaultValue={value("forumId")}
          error={error("forumId")}
          required
          options={forums.filter((f) => f.editable).map((f) => ({ value: String(f.id), label: f.name }))}
        />
        <SelectField
          label={t("kind")}
          name="kind"
          defaultValue={value("kind") || "talk"}
          error={error("kind")}
          options={sessionKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FormField
          label={t("sessionTitle")}
          name="title"
          defaultValue={value("title")}
          error={error("title")}
          required
          maxLength={300}
        />
        <FormField
          label={t("titleEn")}
          name="titleEn"
          defaultValue={value("titleEn")}
          error={error("titleEn")}
          maxLength={300}
        />
        <SelectField
          label={t("status")}
          name="status"
          defaultValue={value("status") || "draft"}
          error={error("status")}
          options={sessionStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <FormField
          label={t("language")}
          name="language"
          defaultValue={value("language") || "zh"}
          error={error("language")}
          hint={t("languageHint")}
          maxLength={20}
        />
        <SelectField
          label={t("track")}
          name="trackId"
          defaultValue={value("trackId")}
          error={error("trackId")}
          options={[none, ...tracks.map((r) => ({ value: String(r.id), label: r.name }))]}
        />
        <div className="hidden sm:block" />
        <TextAreaField
          label={t("abstract")}
          name="abstract"
          defaultValue={value("abstract")}
          error={error("abstract")}
          maxLength={20_000}
        />
        <TextAreaField
          label={t("abstractEn")}
          name="abstractEn"
          defaultValue={value("abstractEn")}
          error={error("abstractEn")}
          maxLength={20_000}
        />
        <SessionPeopleEditor
          key={state.stale?.currentVersion ?? "read"}
          conference={conference.slug}
          initial={people}
          error={error}
          search={search}
        />
        <fieldset className="grid gap-3 sm:col-span-2 sm:grid-cols-3">
          <legend className="text-sm font-medium text-slate-800">{t("time")}</legend>
          <p className="text-xs text-slate-600 sm:col-span-3">{t("timeHint", { zone: conference.timeZone })}</p>
          <SelectField
            label={t("room")}
            name="roomId"
            defaultValue={value("roomId")}
            error={error("roomId")}
            options={[none, ...rooms.map((r) => ({ value: String(r.id), label: r.name }))]}
          />
          <FormField
            label={t("startsAt")}
            name="startsAt"
            type="datetime-local"
            min={`${conference.startDate}T00:00`}
            max={`${conference.endDate}T23:59`}
            defaultValue={value("startsAt")}
            error={error("startsAt")}
          />
          <FormField
            label={t("endsAt")}
            name="endsAt"
            type="datetime-local"
            min={`${conference.startDate}T00:00`}
            max={`${conference.endDate}T23:59`}
            defaultValue={value("endsAt")}
            error={error("endsAt")}
          />
        </fieldset>
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
      {session && remove ? (
        <form action={deleteAction} className="border-t border-slate-200 pt-4">
          <input type="hidden" name="$conference" value={conference.slug} />
          <input type="hidden" name="$session" value={session.id} />
          <input type="hidden" name="$version" value={deleteState.stale?.currentVersion ?? version} />
          <ConfirmButton
            confirm={t(published ? "confirmDeletePublished" : "confirmDelete", { name: session.title })}
            className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
          >
            {tl("delete")}
          </ConfirmButton>
          {deleteState.status === "error" ? (
            <p role="alert" className="mt-2 text-sm font-medium text-red-800">
              {message(deleteState.message)}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}

const lineUp = (people: PersonRow[]) => JSON.stringify(people.map((p) => [p.speakerId, p.role]));
const sameLineUp = (a: PersonRow[], b: PersonRow[]) => lineUp(a) === lineUp(b);
