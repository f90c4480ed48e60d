"use client";

import { useSyncExternalStore, type ReactNode } from "react";

function subscribeToSeconds(callback: () => void) {
  const timer = window.setInterval(callback, 1_000);
  return () => window.clearInterval(timer);
}

/**
 * Shows one panel at a time, each for `seconds`, turning by the wall clock so that every
 * screen in a hall shows the same language at the same moment. The panels are rendered
 * on the server, each in its own language; the first stands until the page is live.
 */
export function AlternatingLanguages({ seconds, panels }: { seconds: number; panels: ReactNode[] }) {
  const period = seconds * 1_000;
  const shown = useSyncExternalStore(
    subscribeToSeconds,
    () => Math.floor(Date.now() / period) % panels.length,
    () => 0,
  );
  return panels.map((panel, i) => (
    <div key={i} hidden={i !== shown}>
      {panel}
    </div>
  ));
}
