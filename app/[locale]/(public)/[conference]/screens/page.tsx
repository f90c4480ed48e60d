import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { ScreenList } from "@/components/screen/screen-list";
import { screenRooms } from "@/lib/now/screen-rooms";
import { requireProgramme } from "../load-programme";
import { sectionMetadata } from "../page-metadata";

type Props = PageProps<"/[locale]/[conference]/screens">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, "screens", "/screens", { robots: { index: false } });
}

export default function ScreensRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Screens params={params} />
    </Suspense>
  );
}

async function Screens({ params }: { params: Props["params"] }) {
  const { loaded } = await requireProgramme(params);
  const { view } = loaded;
  return <ScreenList conference={view.conference} rooms={screenRooms(view)} />;
}
