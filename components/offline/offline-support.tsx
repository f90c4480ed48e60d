"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useStars } from "@/components/session/use-stars";
import type { ToClient, WarmMessage } from "@/lib/offline/messages";

/** The URL the my-agenda page moves to for these stars (components/session/my-agenda-sync.tsx). */
const myAgendaUrl = (conference: string, stars: readonly string[]) =>
  `/${conference}/my-agenda?sessions=${stars.join(",")}`;

/**
 * Registers the service worker (lib/offline/service-worker.ts) and asks it to keep this
 * conference for offline reading; says so when a new release replaced the kept copy.
 * Where service workers are missing or refused (blocked storage: a SecurityError), the
 * site stays an ordinary site and nothing is shown.
 */
export function OfflineSupport({ conference }: { conference: string }) {
  const t = useTranslations("offline");
  const language = useLocale();
  const stars = useStars(conference);
  const [notice, setNotice] = useState(false);
  const wanted = stars === null ? null : myAgendaUrl(conference, stars);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || wanted === null) return;
    let gone = false;
    const onMessage = (event: MessageEvent<ToClient>) => {
      const data = event.data;
      if (!gone && data?.type === "podium:offline-ready" && data.conference === conference && data.replaced)
        setNotice(true);
    };
    const warm = async () => {
      try {
        await navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" });
        const registration = await navigator.serviceWorker.ready;
        const message: WarmMessage = { type: "podium:warm", conference, language, urls: [wanted] };
        if (navigator.onLine) registration.active?.postMessage(message);
      } catch {
        // Refused (blocked storage, an insecure origin): an ordinary site, as without a worker.
      }
    };
    try {
      navigator.serviceWorker.addEventListener("message", onMessage);
    } catch {
      return;
    }
    void warm();
    // Back online after reading offline: a release published meanwhile is fetched now.
    window.addEventListener("online", warm);
    return () => {
      gone = true;
      navigator.serviceWorker.removeEventListener("message", onMessage);
      window.removeEventListener("online", warm);
    };
  }, [conference, language, wanted]);

  if (!notice) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-brand-100 bg-white px-4 py-3 text-sm shadow-lg print:hidden"
    >
      <p className="flex-1 text-slate-800">{t("newRelease")}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900"
      >
        {t("reload")}
      </button>
      <button
        type="button"
        onClick={() => setNotice(false)}
        aria-label={t("dismiss")}
        className="rounded-md px-2 py-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
      >
        ×
      </button>
    </div>
  );
}
