// A conference's public pages are rendered whole before their first byte, with no placeholder
// to fill in afterwards: the page store keeps these bytes for every visitor, and React shows a
// streamed-in page no sooner than a frame after the placeholder, then 300 ms between boundaries,
// so a kept page flashed a grey skeleton and its footer jumped. Their data is cached per release,
// so waiting for it costs next to nothing.
export const instant = false;

export default function ConferenceLayout({ children }: LayoutProps<"/[locale]/[conference]">) {
  return children;
}
