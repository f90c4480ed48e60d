"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type KeyboardEvent } from "react";
import { Link } from "@/i18n/navigation";
import { SearchField } from "@/components/ui/search-field";
import type { SpeakerMatch } from "@/db/queries/speakers";
import type { ActionResult } from "@/lib/admin/action-result";
import { sessionRoles, type SessionRole } from "@/lib/domain/vocabulary";
import { EditableRow, RowError, rowButton, rowControl, rowInvalid, RowSelect, useRows } from "./row-editor";

export type PersonRow = { speakerId: number; name: string; role: SessionRole };
export type SearchSpeakers = (input: { conference: string; text: string }) => Promise<ActionResult<SpeakerMatch[]>>;

interface Props {
  conference: string;
  initial: PersonRow[];
  error: (key: string) => string | undefined;
  search: SearchSpeakers;
}

/** The people of a session in agenda order: add by searching all speakers, change roles, reorder, remove. */
export function SessionPeopleEditor({ conference, initial, error, search }: Props) {
  const t = useTranslations("sessionsAdmin");
  const people = useRows(initial);
  const [text, setText] = useState("");
  const [role, setRole] = useState<SessionRole>("speaker");
  const [found, setFound] = useState<{ q: string; speakers: SpeakerMatch[] } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function find() {
    const q = text.trim();
    if (!q) return;
    startTransition(async () => {
      const result = await search({ conference, text: q });
      setFound(result.data ? { q, speakers: result.data } : null);
      setNotice(result.data ? null : t("searchFailed"));
    });
  }
  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    // Enter searches instead of saving the whole form.
    if (e.key === "Enter") {
      e.preventDefault();
      find();
    }
  }
  function add(s: SpeakerMatch) {
    if (people.rows.some((p) => p.speakerId === s.id && p.role === role))
      return setNotice(t("alreadyThere", { name: s.name }));
    people.add({ speakerId: s.id, name: s.name, role });
    setNotice(null);
  }

  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium text-slate-800">{t("people")}</legend>
      <p className="mt-1 text-xs text-slate-600">{t("peopleHint")}</p>
      <input type="hidden" name="people" value={JSON.stringify(people.rows)} />
      {people.rows.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("noPeople")}</p> : null}
      <ol className="mt-2 space-y-2">
        {people.rows.map((p, i) => {
          const rowError = error(`people.${i}.speakerId`) ?? error(`people.${i}.role`);
          return (
            <EditableRow
              key={`${p.speakerId}-${i}`}
              errorId={`person-${i}-error`}
              error={rowError}
              onRemove={() => people.remove(i)}
              remove="✕"
              removeLabel={t("remove", { name: p.name })}
            >
              <span className="w-6 text-right tabular-nums text-slate-600">{i + 1}.</span>
              <span className="min-w-32 font-medium">{p.name}</span>
              <RowSelect
                aria-label={`${t("role")}: ${p.name}`}
                value={p.role}
                values={sessionRoles}
                label={(r) => t(`roles.${r}`)}
                onPick={(role) => people.update(i, { role })}
                {...rowInvalid(`person-${i}-error`, rowError)}
              />
              <button
                type="button"
                onClick={() => people.move(i, -1)}
                disabled={i === 0}
                aria-label={t("moveUp", { name: p.name })}
                className={rowButton}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => people.move(i, 1)}
                disabled={i === people.rows.length - 1}
                aria-label={t("moveDown", { name: p.name })}
                className={rowButton}
              >
                ↓
              </button>
            </EditableRow>
          );
        })}
      </ol>
      <RowError id="people-error" error={error("people")} />
      <div className="mt-3 rounded-md bg-slate-50 p-3">
        <div className="flex flex-wrap items-center gap-2">
          <SearchField
            id="people-search"
            label={t("findSpeaker")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKey}
            placeholder={t("findSpeaker")}
            className={`${rowControl} min-w-64 flex-1`}
          />
          <label htmlFor="people-role" className="text-sm">
            {t("addAs")}
          </label>
          <RowSelect
            id="people-role"
            value={role}
            values={sessionRoles}
            label={(r) => t(`roles.${r}`)}
            onPick={setRole}
          />
          <button type="button" onClick={find} disabled={pending} className={rowButton}>
            {t("find")}
          </button>
        </div>
        <p role="status" className="mt-2 text-sm text-slate-700">
          {notice ?? (found && found.speakers.length === 0 ? t("noMatches", { q: found.q }) : null)}
        </p>
        {found && found.speakers.length > 0 ? (
          <ul className="mt-1 space-y-1">
            {found.speakers.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2 text-sm">
                <button type="button" onClick={() => add(s)} className={rowButton}>
                  + {t("add", { name: s.name })}
                </button>
                <span className="text-slate-600">
                  {[s.nameEn, s.organization, s.position].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <Link
          href={`/admin/${conference}/speakers/new`}
          target="_blank"
          className="mt-2 inline-block text-sm text-brand-700 underline"
        >
          {t("createSpeaker")}
        </Link>
      </div>
    </fieldset>
  );
}
