import { Suspense, type ReactNode } from "react";
import "./room-screen.css";

/**
 * A room screen's own layout: its sheet hides the site's header and footer and the
 * document's scroll bar (the locale layout above holds <html>, so they are hidden rather
 * than left out), and until the screen streams in a dark screen stands in its place.
 */
export default function RoomScreenLayout({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<div aria-busy="true" className="room-screen fixed inset-0 z-50 bg-slate-950" />}>
      {children}
    </Suspense>
  );
}
