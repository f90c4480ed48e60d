import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeNav } from "@/components/conference/conference-nav";
import { ChangeList } from "@/components/release/change-list";
import { ProfileChangeList } from "@/components/release/profile-change-list";
import { getReleaseHistory } from "@/db/queries/public";
import { describeChangelog, describeProfileChanges } from "@/lib/release/changelog-view";
import { loadProgramme } from "../load-programme";
import { sectionMetadata } from "../page-metadata";

type Props = PageProps<"/[locale]/[conference]/changelog">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, "changelog", "/changelog", { description: (t) => t("intro") });
}

export default function ChangelogRoute({ params }: Props) {
  return <Changelog params={params} />;
}

async function Changelog({ params }: { params: Props["params"] }) {
  const { locale, conference } = await params;
  const loaded = await loadProgramme(locale, conference);
  const history = loaded ? await getReleaseHistory({ conference, revision: loaded.release.revision }) : null;
  if (!loaded || !history) notFound();
  setRequestLocale(loaded.locale);
  const t = await getTranslations({ locale: loaded.locale, namespace: "changelog" });
  const { view } = loaded;
  const current = new Set(view.sessions.map((s) => s.guid));
  const dateFormat = new Intl.DateTimeFormat(loaded.locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: view.conference.timeZone,
  });
  return (
    <div>
      <ProgrammeNav conference={view.conference} current={null} />
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <ol className="mt-6 space-y-8">
        {history.map((release, i) => {
          const previous = history[i + 1] ?? null;
          const entries = describeChangelog(
            previous?.snapshot ?? null,
            release.snapshot,
            release.changelog,
            loaded.locale,
          );
          const profiles = describeProfileChanges(release.snapshot, release.changelog, loaded.locale);
          return (
            <li key={release.version}>
              <section aria-labelledby={`release-${i}`}>
                <h2 id={`release-${i}`} className="border-b border-slate-200 pb-1 text-lg font-semibold">
                  {t("published", { version: release.version, date: dateFormat.format(release.publishedAt) })}
                </h2>
                {previous === null ? (
                  <p className="mt-2 text-slate-700">{t("first", { count: release.snapshot.sessions.length })}</p>
                ) : entries.length + profiles.length === 0 ? (
                  <p className="mt-2 text-slate-700">{t("none")}</p>
                ) : (
                  <>
                    <ChangeList
                      entries={entries}
                      timeZone={view.conference.timeZone}
                      locale={loaded.locale}
                      linkTo={(guid) => (current.has(guid) ? `/${view.conference.slug}/sessions/${guid}` : null)}
                    />
                    <ProfileChangeList
                      profiles={profiles}
                      locale={loaded.locale}
                      linkTo={(slug) =>
                        view.speakers.some((s) => s.slug === slug) ? `/${view.conference.slug}/speakers/${slug}` : null
                      }
                    />
                  </>
                )}
              </section>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
