import { TrackForm } from "@/components/admin/track-form";
import { listTracks } from "@/db/queries/tracks";
import { OrderedItemPage } from "../../ordered-items";
import { deleteTrackAction, saveTrackAction } from "../actions";

export default async function TrackPage({ params }: PageProps<"/[locale]/admin/[conference]/tracks/[track]">) {
  const { track: id } = await params;
  return (
    <OrderedItemPage
      kind="track"
      params={params}
      id={id}
      rows={listTracks}
      form={(conference, fields, track) => (
        <TrackForm
          conference={conference.slug}
          track={{ ...fields, color: track.color }}
          save={saveTrackAction}
          remove={deleteTrackAction}
        />
      )}
    />
  );
}
