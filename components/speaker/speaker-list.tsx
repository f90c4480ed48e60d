import { useTranslations } from "next-intl";
import { ConferenceNav } from "@/components/conference/conference-nav";
import { Link } from "@/i18n/navigation";
import type { ProgrammeView, SpeakerView } from "@/lib/programme/programme-view";
import { SpeakerAvatar } from "./speaker-avatar";

export function SpeakerList({ programme, speakers }: { programme: ProgrammeView; speakers: SpeakerView[] }) {
  const t = useTranslations("speakers");
  const { conference } = programme;
  return (
    <div>
      <ConferenceNav conference={conference.slug} name={conference.name} current="speakers" />
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("count", { count: speakers.length })}</p>
      {speakers.length ? (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {speakers.map((s) => (
            <li key={s.slug}>
              <Link
                href={`/${conference.slug}/speakers/${s.slug}`}
                className="flex h-full items-center gap-3 rounded-xl border border-slate-200 p-3 hover:bg-slate-50"
              >
                <SpeakerAvatar name={s.name} photo={s.photo} />
                <span className="min-w-0">
                  <span className="block font-semibold">{s.name}</span>
                  {s.affiliation ? <span className="block text-sm text-slate-600">{s.affiliation}</span> : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-slate-600">{t("empty")}</p>
      )}
    </div>
  );
}
