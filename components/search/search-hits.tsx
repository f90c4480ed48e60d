import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SpeakerAvatar } from "@/components/speaker/speaker-avatar";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ForumOverview } from "@/lib/programme/conference-overview";
import type { ProgrammeSession, SpeakerView } from "@/lib/programme/programme-view";
import { richTextToPlain } from "@/lib/programme/rich-text";
import { excerpt } from "@/lib/search/highlight";
import { formatDay } from "@/lib/time/format";
import { SessionSummary } from "@/components/session/session-summary";
import { Highlighted } from "./highlighted";
import { PageSection } from "@/components/ui/section";

interface HitsProps<T> {
  items: T[];
  conference: { slug: string; timeZone: string };
  terms: readonly string[];
  locale: Locale;
}

export function ForumHits({ items, conference, terms, locale }: HitsProps<ForumOverview & { date: string }>) {
  const t = useTranslations("search");
  const tc = useTranslations("conference");
  return (
    <CardHits id="search-forums" title={t("forums")} className="mt-6" items={items} keyOf={(f) => f.slug}>
      {(f) => (
        <>
          <Link href={`/${conference.slug}/forums/${f.slug}`} className="font-semibold hover:underline">
            <Highlighted text={f.name} terms={terms} />
          </Link>
          <p className="text-sm text-slate-600">
            {formatDay(f.date, locale)} · {tc("sessionCount", { count: f.sessionCount })}
          </p>
          {f.theme ? (
            <p className="text-sm text-brand-700">
              <Highlighted text={tc("theme", { theme: f.theme })} terms={terms} />
            </p>
          ) : null}
          {f.organizations.length ? (
            <p className="text-sm text-slate-700">
              <Highlighted
                text={f.organizations
                  .map((o) => tc("organizationLine", { role: tc(`organizationRole.${o.role}`), name: o.name }))
                  .join(locale === "zh-CN" ? "；" : "; ")}
                terms={terms}
              />
            </p>
          ) : null}
        </>
      )}
    </CardHits>
  );
}

export function SpeakerHits({ items, conference, terms }: HitsProps<SpeakerView>) {
  const t = useTranslations("search");
  return (
    <PageSection id="search-speakers" title={t("speakers")} className="mt-6">
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {items.map((s) => (
          <li key={s.slug}>
            <Link
              href={`/${conference.slug}/speakers/${s.slug}`}
              className="flex h-full items-start gap-3 rounded-xl border border-slate-200 p-3 hover:bg-slate-50"
            >
              <SpeakerAvatar name={s.name} photo={s.photo} size="sm" />
              <span className="min-w-0">
                <span className="block font-semibold">
                  <Highlighted text={s.name} terms={terms} />
                </span>
                {s.affiliation ? (
                  <span className="block text-sm text-slate-600">
                    <Highlighted text={s.affiliation} terms={terms} />
                  </span>
                ) : null}
                {s.bio ? (
                  <span className="mt-1 block break-words text-sm text-slate-700">
                    <Highlighted text={excerpt(s.bio, terms, 140)} terms={terms} />
                  </span>
                ) : null}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}

export function SessionHits({ items, conference, terms, locale }: HitsProps<ProgrammeSession>) {
  const t = useTranslations("search");
  return (
    <CardHits id="search-sessions" title={t("sessions")} className="mt-8" items={items} keyOf={(s) => s.guid}>
      {(s) => (
        <>
          <SessionSummary
            session={s}
            conference={conference}
            locale={locale}
            title={<Highlighted text={s.title} terms={terms} />}
          />
          {s.people.length ? (
            <p className="text-sm text-slate-700">
              <Highlighted text={s.people.map((p) => p.name).join(locale === "zh-CN" ? "、" : ", ")} terms={terms} />
            </p>
          ) : null}
          {s.abstract ? (
            <p className="mt-1 break-words text-sm text-slate-700">
              {/* Imported abstracts are HTML: the excerpt is of their words, so no match falls inside a tag. */}
              <Highlighted text={excerpt(richTextToPlain(s.abstract), terms, 180)} terms={terms} />
            </p>
          ) : null}
        </>
      )}
    </CardHits>
  );
}

/** A kind of hit as a titled section of bordered cards, one a hit. */
function CardHits<T>({
  id,
  title,
  className,
  items,
  keyOf,
  children,
}: {
  id: string;
  title: string;
  className: string;
  items: T[];
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  return (
    <PageSection id={id} title={title} className={className}>
      <ul className="mt-3 space-y-3">
        {items.map((item) => (
          <li key={keyOf(item)} className="rounded-lg border border-slate-200 p-3">
            {children(item)}
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
