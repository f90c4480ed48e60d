import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { agendaSearch, defaultAgendaView, hasFilters, type AgendaQuery } from "@/lib/agenda/agenda-query";
import type { SessionKind } from "@/lib/domain/vocabulary";
import { SelectOptions } from "@/components/ui/select-options";

export interface FilterOptions {
  forums: Array<{ slug: string; name: string }>;
  tracks: Array<{ slug: string; name: string }>;
  kinds: SessionKind[];
  rooms: Array<{ slug: string; name: string }>;
}

/** A plain GET form: filtering works without JavaScript and the result is a shareable URL. */
export function AgendaFilters({
  conference,
  query,
  options,
}: {
  conference: string;
  query: AgendaQuery;
  options: FilterOptions;
}) {
  const t = useTranslations("agenda");
  const tf = useTranslations("forum");
  const selects: Array<{ name: "forum" | "track" | "kind" | "room"; items: Array<{ value: string; label: string }> }> =
    [
      { name: "forum", items: options.forums.map((f) => ({ value: f.slug, label: f.name })) },
      { name: "track", items: options.tracks.map((x) => ({ value: x.slug, label: x.name })) },
      { name: "kind", items: options.kinds.map((k) => ({ value: k, label: tf(`kind.${k}`) })) },
      { name: "room", items: options.rooms.map((r) => ({ value: r.slug, label: r.name })) },
    ];
  return (
    <form
      method="get"
      action={`/${conference}/agenda`}
      // Phones: two columns that share the width, whatever the longest forum name (a select is
      // otherwise as wide as its longest option). Wider screens: one row that wraps.
      className="agenda-filters grid min-w-0 grid-cols-[repeat(auto-fit,minmax(min(100%,9rem),1fr))] items-end gap-3 sm:flex sm:flex-wrap print:hidden"
      aria-label={t("filters")}
    >
      {query.view !== defaultAgendaView ? <input type="hidden" name="view" value={query.view} /> : null}
      <input type="hidden" name="day" value={query.day} />
      {selects
        .filter((s) => s.items.length > 0)
        .map((s) => (
          <div key={s.name} className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`agenda-filter-${s.name}`} className="text-sm font-medium text-slate-700">
              {t(s.name)}
            </label>
            <select
              id={`agenda-filter-${s.name}`}
              name={s.name}
              defaultValue={query[s.name] ?? ""}
              className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm sm:w-48"
            >
              <option value="">{t("all")}</option>
              <SelectOptions options={s.items} />
            </select>
          </div>
        ))}
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium whitespace-nowrap text-white hover:bg-brand-900"
      >
        {t("apply")}
      </button>
      {hasFilters(query) ? (
        <Link
          href={`/${conference}/agenda${agendaSearch(query, { forum: null, track: null, kind: null, room: null })}`}
          className="self-center py-2 text-sm whitespace-nowrap text-brand-700 underline"
        >
          {t("clear")}
        </Link>
      ) : null}
    </form>
  );
}
