import { useTranslations } from "next-intl";
import { QrCode } from "@/components/qr/qr-code";
import type { Locale, SessionRole } from "@/lib/domain/vocabulary";
import type { ForumDetail, ForumSession } from "@/lib/programme/forum-detail";
import { roleLabelKey } from "@/lib/programme/programme-view";
import { formatDay, formatTimeRange, formatTimeZoneLabel } from "@/lib/time/format";
import { ForumProgrammeHeading } from "./forum-programme-heading";

/** A session's people as "主持 李霞；对话嘉宾 王沁、冯伟": each role once, in the order they come. */
function byRole(people: ForumSession["people"]): Array<{ role: SessionRole; names: string[] }> {
  const groups: Array<{ role: SessionRole; names: string[] }> = [];
  for (const p of people) {
    const last = groups.at(-1);
    if (last?.role === p.role) last.names.push(p.name);
    else groups.push({ role: p.role, names: [p.name] });
  }
  return groups;
}

interface Props {
  forum: ForumDetail;
  conference: { name: string; timeZone: string };
  /** The forum's public address, absolute: what the QR code and the printed line say. */
  url: string;
  locale: Locale;
}

/**
 * A forum's poster: one column that reads as a long image on a phone (to screenshot and
 * share in a chat) and fills an A4 sheet in print (forum-poster.css), with the agenda and a
 * QR code to the forum's page. No links or buttons inside: on paper they would be dead. Its
 * head and foot are not <header>/<footer>, which the site's print sheet hides.
 */
export function ForumPoster({ forum, conference, url, locale }: Props) {
  const t = useTranslations("poster");
  const tf = useTranslations("forum");
  const tc = useTranslations("conference");
  const zone = formatTimeZoneLabel(conference.timeZone, new Date(`${forum.date}T12:00:00Z`));
  const separator = locale === "zh-CN" ? "、" : ", ";
  return (
    <article className="forum-poster mx-auto max-w-xl overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="forum-poster-head bg-brand-700 px-6 py-8 text-white">
        <p className="text-sm font-medium text-brand-100">{conference.name}</p>
        <h1 className="mt-2 text-3xl font-bold leading-tight">{forum.name}</h1>
        {forum.theme ? <p className="mt-3 text-lg text-brand-50">{tc("theme", { theme: forum.theme })}</p> : null}
        <p className="mt-4 text-base">
          <time dateTime={forum.date}>{formatDay(forum.date, locale)}</time>
        </p>
        {forum.organizations.length ? (
          <ul className="mt-3 space-y-0.5 text-sm text-brand-100">
            {forum.organizations.map((o) => (
              <li key={`${o.role}-${o.name}`}>
                {tc("organizationLine", { role: tc(`organizationRole.${o.role}`), name: o.name })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <section aria-labelledby="poster-programme" className="px-6 py-5">
        <ForumProgrammeHeading id="poster-programme" zone={zone} poster />
        <ol className="forum-poster-agenda divide-y divide-slate-100">
          {forum.sessions.map((s) => (
            <li key={s.guid} className="grid grid-cols-[5.5rem_1fr] gap-3 py-2.5">
              <p className="text-sm tabular-nums text-slate-700">
                {formatTimeRange(s.startsAt, s.endsAt, conference.timeZone, locale)}
                {s.room ? <span className="block text-xs text-slate-600">{s.room}</span> : null}
              </p>
              <div>
                <p className={`font-semibold leading-snug ${s.cancelled ? "text-slate-500 line-through" : ""}`}>
                  <span className="mr-1.5 text-xs font-medium text-brand-700">{tf(`kind.${s.kind}`)}</span>
                  {s.title}
                  {s.cancelled ? <span className="ml-2 text-xs text-red-800">{tf("cancelled")}</span> : null}
                </p>
                {s.people.length ? (
                  <p className="mt-0.5 text-sm text-slate-700">
                    {byRole(s.people)
                      .map(({ role, names }) => `${tf(roleLabelKey(role, s.kind))} ${names.join(separator)}`)
                      .join(locale === "zh-CN" ? "；" : "; ")}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
      <div className="forum-poster-foot flex items-center gap-5 border-t border-slate-200 bg-slate-50 px-6 py-5">
        <QrCode value={url} label={t("scan")} className="h-32 w-32 shrink-0" />
        <div className="min-w-0">
          <p className="font-semibold">{t("scan")}</p>
          <p className="mt-1 break-all text-sm text-slate-600">{url.replace(/^https?:\/\//, "")}</p>
        </div>
      </div>
    </article>
  );
}
