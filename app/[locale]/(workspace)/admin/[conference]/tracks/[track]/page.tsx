import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { TrackForm } from "@/components/admin/track-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { listTracks } from "@/db/queries/tracks";
import { loadWorkspace } from "../../load-workspace";
import { deleteTrackAction, saveTrackAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/tracks/[track]">;

export default function TrackRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Track params={params} />
    </Suspense>
  );
}

async function Track({ params }: { params: Props["params"] }) {
  const { track: rawId } = await params;
  const { locale, viewer, conference } = await loadWorkspace(params, `/tracks/${rawId}`);
  if (conference.access !== "organizer") notFound();
  setRequestLocale(locale);
  const track = listTracks(getDb(), viewer, conference.id).find((r) => String(r.id) === rawId);
  if (!track) notFound();
  const t = await getTranslations({ locale, namespace: "tracks" });
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <h1 className="mb-4 text-2xl font-bold">{t("edit", { name: track.name })}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("usedBy", { count: track.sessionCount })}</p>
      <TrackForm
        conference={conference.slug}
        track={{
          id: track.id,
          name: track.name,
          nameEn: track.translations.en?.name ?? "",
          slug: track.slug,
          color: track.color,
          position: String(track.position),
        }}
        save={saveTrackAction}
        remove={deleteTrackAction}
      />
    </div>
  );
}
