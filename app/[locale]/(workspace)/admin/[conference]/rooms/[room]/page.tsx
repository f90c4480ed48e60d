import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { RoomForm } from "@/components/admin/room-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { listRooms } from "@/db/queries/rooms";
import { loadWorkspace } from "../../load-workspace";
import { deleteRoomAction, saveRoomAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/rooms/[room]">;

export default function RoomRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Room params={params} />
    </Suspense>
  );
}

async function Room({ params }: { params: Props["params"] }) {
  const { room: rawId } = await params;
  const { locale, viewer, conference } = await loadWorkspace(params, `/rooms/${rawId}`);
  if (conference.access !== "organizer") notFound();
  setRequestLocale(locale);
  const room = listRooms(getDb(), viewer, conference.id).find((r) => String(r.id) === rawId);
  if (!room) notFound();
  const t = await getTranslations({ locale, namespace: "rooms" });
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <h1 className="mb-4 text-2xl font-bold">{t("edit", { name: room.name })}</h1>
      <RoomForm
        conference={conference.slug}
        room={{
          id: room.id,
          name: room.name,
          nameEn: room.translations.en?.name ?? "",
          slug: room.slug,
          capacity: room.capacity === null ? "" : String(room.capacity),
          position: String(room.position),
        }}
        save={saveRoomAction}
        remove={deleteRoomAction}
      />
    </div>
  );
}
