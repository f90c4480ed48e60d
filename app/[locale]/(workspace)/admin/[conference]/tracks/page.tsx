import { TrackForm } from "@/components/admin/track-form";
import { listTracks } from "@/db/queries/tracks";
import { OrderedItemsPage } from "../ordered-items";
import { saveTrackAction } from "./actions";

export default function TracksPage({ params, searchParams }: PageProps<"/[locale]/admin/[conference]/tracks">) {
  return (
    <OrderedItemsPage
      kind="track"
      params={params}
      searchParams={searchParams}
      rows={listTracks}
      own={(t) => ({
        label: t("color"),
        cell: (r) => (
          <span className="inline-flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4 rounded border border-slate-300"
              style={{ backgroundColor: r.color }}
            />
            <code>{r.color}</code>
          </span>
        ),
      })}
      form={(conference) => <TrackForm conference={conference.slug} track={null} save={saveTrackAction} />}
    />
  );
}
