import { OfflineSupport } from "@/components/offline/offline-support";

// A conference's public pages are rendered whole before their first byte, with no placeholder
// to fill in afterwards: the page store keeps these bytes for every visitor, and React shows a
// streamed-in page no sooner than a frame after the placeholder, then 300 ms between boundaries,
// so a kept page flashed a grey skeleton and its footer jumped. Their data is cached per release,
// so waiting for it costs next to nothing.
export const instant = false;

export default async function ConferenceLayout({ children, params }: LayoutProps<"/[locale]/[conference]">) {
  const { conference } = await params;
  return (
    <>
      {children}
      {/* After one visit, the conference's pages are kept for reading offline (lib/offline/). */}
      <OfflineSupport conference={conference} />
    </>
  );
}
