"use client";

import { useMemo, useSyncExternalStore } from "react";
import { parseStars, starsKey, subscribeToStars } from "@/lib/stars/star-store";

function rawStars(conference: string): string | null {
  try {
    return window.localStorage.getItem(starsKey(conference));
  } catch {
    return null;
  }
}

/** The conference's starred guids, or null until the browser's storage has been read (server render, hydration). */
export function useStars(conference: string): string[] | null {
  const raw = useSyncExternalStore(
    subscribeToStars,
    () => rawStars(conference) ?? "",
    () => null,
  );
  return useMemo(() => (raw === null ? null : parseStars(raw)), [raw]);
}
