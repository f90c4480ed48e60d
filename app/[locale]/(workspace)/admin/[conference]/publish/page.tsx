import { getTranslations } from "next-intl/server";
import { PublishForm } from "@/components/admin/publish-form";
import { ChangeList } from "@/components/release/change-list";
import { ProfileChangeList } from "@/components/release/profile-change-list";
import { getDb } from "@/db";
import { previewRelease } from "@/db/queries/releases";
import { describeChangelog, describeProfileChanges } from "@/lib/release/changelog-view";
import { loadWorkspace } from "../load-workspace";
import { publishAction } from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/publish">;

/** Next version name: v1 → v2, 2017.3 → 2017.4; otherwise nothing suggested. */
function nextVersion(previous: string | undefined): string {
  if (!previous) return "v1";
  const m = /^(.*?)(\d+)$/.exec(previous);
  return m ? `${m[1]}${Number(m[2]) + 1}` : "";
}

export default async function PublishPage({ params }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/publish", { organizersOnly: true });
  const t = await getTranslations({ locale, namespace: "publish" });
  const preview = previewRelease(getDb(), viewer, conference.id)!;
  const entries = describeChangelog(preview.previous?.snapshot ?? null, preview.next, preview.changelog, locale);
  // Profiles organizers and forum editors changed go public with this release too.
  const profiles = describeProfileChanges(preview.next, preview.changelog, locale);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">
        {preview.previous ? t("against", { version: preview.previous.version }) : t("firstRelease")}
      </p>
      <section aria-labelledby="pending-changes" className="mt-6">
        <h2 id="pending-changes" className="text-lg font-semibold">
          {t("changes", { count: entries.length + profiles.length })}
        </h2>
        {entries.length ? (
          <ChangeList entries={entries} timeZone={preview.next.conference.timeZone} locale={locale} />
        ) : null}
        {profiles.length ? <ProfileChangeList profiles={profiles} locale={locale} /> : null}
        {entries.length + profiles.length === 0 ? <p className="mt-2 text-slate-600">{t("noChanges")}</p> : null}
      </section>
      <PublishForm
        conference={conference.slug}
        suggested={nextVersion(preview.previous?.version)}
        taken={preview.versions}
        action={publishAction}
      />
    </div>
  );
}
