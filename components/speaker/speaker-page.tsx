import { useTranslations } from "next-intl";
import { ProgrammeNav } from "@/components/conference/conference-nav";
import { StarButton } from "@/components/session/star-button";
import { Link } from "@/i18n/navigation";
import { roleLabelKey } from "@/lib/programme/programme-view";
import type { Locale, SessionRole } from "@/lib/domain/vocabulary";
import type { ProgrammeSession, ProgrammeView, SpeakerView } from "@/lib/programme/programme-view";
import { SessionSummary } from "@/components/session/session-summary";
import { SpeakerAvatar } from "./speaker-avatar";
import { SpeakerBio } from "./speaker-bio";
import { PageSection } from "@/components/ui/section";

interface Props {
  programme: ProgrammeView;
  speaker: SpeakerView;
  sessions: Array<{ session: ProgrammeSession; role: SessionRole }>;
  locale: Locale;
}

function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function SpeakerPage({ programme, speaker, sessions, locale }: Props) {
  const t = useTranslations("speakers");
  const tf = useTranslations("forum");
  const { conference } = programme;
  const links = speaker.links.flatMap((l) => {
    const href = safeUrl(l.url);
    return href ? [{ href, label: l.label || new URL(href).hostname }] : [];
  });
  return (
    <article>
      <ProgrammeNav conference={conference} current="speakers" />
      <Link href={`/${conference.slug}/speakers`} className="text-sm text-brand-700 hover:underline print:hidden">
        ← {t("backToSpeakers")}
      </Link>
      <header className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-center">
        <SpeakerAvatar name={speaker.name} photo={speaker.photo} size="lg" />
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{speaker.name}</h1>
          {speaker.position ? <p className="mt-1 text-lg text-slate-700">{speaker.position}</p> : null}
          {speaker.organization ? <p className="text-slate-600">{speaker.organization}</p> : null}
        </div>
      </header>

      {speaker.bio ? (
        <PageSection id="speaker-bio" title={t("bio")} className="mt-8">
          <div className="mt-2">
            <SpeakerBio markdown={speaker.bio} />
          </div>
        </PageSection>
      ) : null}

      {links.length ? (
        <PageSection id="speaker-links" title={t("links")} className="mt-6">
          <ul className="mt-2 flex flex-wrap gap-3">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      <PageSection id="speaker-sessions" title={t("sessions")} className="mt-8">
        {sessions.length ? (
          <ul className="mt-3 space-y-3">
            {sessions.map(({ session, role }) => (
              <li
                key={session.guid}
                className="flex items-start justify-between gap-3 rounded-lg border border-slate-200 p-3"
              >
                <div>
                  <SessionSummary
                    session={session}
                    conference={conference}
                    locale={locale}
                    label={tf(roleLabelKey(role, session.kind))}
                  />
                </div>
                <StarButton conference={conference.slug} guid={session.guid} title={session.title} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-600">{t("noSessions")}</p>
        )}
      </PageSection>
    </article>
  );
}
