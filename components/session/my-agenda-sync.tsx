"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useStars } from "./use-stars";

/**
 * Stars live in the browser, the page is rendered on the server: this island
 * puts the browser's stars into the URL, so the server renders exactly them.
 */
export function MyAgendaSync({ conference, shown }: { conference: string; shown: string[] | null }) {
  const router = useRouter();
  const stars = useStars(conference);
  useEffect(() => {
    if (stars === null) return;
    const same = shown !== null && shown.length === stars.length && stars.every((g) => shown.includes(g));
    if (!same) router.replace(`/${conference}/my-agenda?sessions=${stars.join(",")}`, { scroll: false });
  }, [stars, shown, conference, router]);
  return null;
}
