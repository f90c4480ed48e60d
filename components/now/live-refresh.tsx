"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { pollDelay } from "@/lib/now/poll-delay";

/** Spread over this long, a hall's screens do not all ask in the same millisecond. */
const SPREAD_MS = 2_000;

/**
 * Keeps a now page or a room screen current without reloading it: asks the small JSON
 * with the page's ETag on the clock's half-minute marks and at session boundaries, and
 * re-renders the page in place (router.refresh) only when the answer is not a 304.
 * A hidden tab does not ask, and asks at once when it is shown again.
 */
export function LiveRefresh({
  endpoint,
  etag,
  nextChangeAt,
}: {
  endpoint: string;
  etag: string;
  nextChangeAt: string | null;
}) {
  const router = useRouter();
  useEffect(() => {
    let known = etag;
    let boundary = nextChangeAt;
    let timer: number | undefined;
    let stopped = false;
    const schedule = () => {
      window.clearTimeout(timer);
      if (!stopped) timer = window.setTimeout(poll, pollDelay(Date.now(), boundary, Math.random() * SPREAD_MS));
    };
    const poll = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch(endpoint, { headers: { "If-None-Match": known }, cache: "no-store" });
        const tag = response.headers.get("ETag");
        if (response.ok && tag && tag !== known) {
          known = tag;
          boundary = ((await response.json()) as { nextChangeAt: string | null }).nextChangeAt;
          router.refresh();
        }
      } catch {
        // Offline for a moment: the page keeps what it shows and asks again at the next mark.
      }
      schedule();
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") void poll();
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [endpoint, etag, nextChangeAt, router]);
  return null;
}
