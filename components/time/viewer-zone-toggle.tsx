"use client";

import { useTranslations } from "next-intl";
import { useEffect, useSyncExternalStore } from "react";

const KEY = "podium:viewer-zone";
const EVENT = "podium:viewer-zone";

function readPreference(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}

function subscribeToPreference(callback: () => void): () => void {
  window.addEventListener(EVENT, callback);
  window.addEventListener("storage", callback);
  return () => {
    window.removeEventListener(EVENT, callback);
    window.removeEventListener("storage", callback);
  };
}

function writePreference(on: boolean) {
  try {
    window.localStorage.setItem(KEY, on ? "on" : "off");
  } catch {
    // Storage may be unavailable (private mode); the choice is then not kept.
  }
  window.dispatchEvent(new Event(EVENT));
}

const noSubscription = () => () => {};

function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Fills every `[data-viewer-time]` on the page with its times in the viewer's zone, or hides them again. */
function annotate(show: boolean, locale: string, yours: string) {
  const zone = viewerZone();
  const fmt = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: zone });
  for (const el of document.querySelectorAll<HTMLElement>("[data-viewer-time]")) {
    if (!show) {
      el.hidden = true;
      continue;
    }
    const start = new Date(el.dataset.start ?? "");
    const end = new Date(el.dataset.end ?? "");
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) continue;
    const span = end.getTime() === start.getTime() ? fmt.format(start) : `${fmt.format(start)}–${fmt.format(end)}`;
    const text = `${yours}: ${day.format(start)} ${span} (${zone})`;
    // Writing only changes keeps the mutation observer below from waking itself.
    if (el.textContent !== text) el.textContent = text;
    el.hidden = false;
  }
}

/** Shows the viewer's own zone beside the conference's; the choice is remembered in this browser. */
export function ViewerZoneToggle({ conferenceTimeZone, locale }: { conferenceTimeZone: string; locale: string }) {
  const t = useTranslations("zone");
  const zone = useSyncExternalStore(noSubscription, viewerZone, () => null);
  const show = useSyncExternalStore(subscribeToPreference, readPreference, () => false);

  useEffect(() => {
    if (!zone) return;
    const yours = t("yours");
    const apply = () => annotate(show && zone !== conferenceTimeZone, locale, yours);
    apply();
    // Client navigations and streamed content bring new times in.
    const observer = new MutationObserver(apply);
    if (show) observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [show, zone, conferenceTimeZone, locale, t]);

  // One line of the same height before the zone is known (on the server) and after, so nothing
  // below it, the footer included, moves when it fills in.
  return (
    <div className="flex min-h-6 items-center text-sm print:hidden">
      {!zone ? null : zone === conferenceTimeZone ? (
        <p className="text-slate-600">{t("same")}</p>
      ) : (
        <label className="inline-flex items-center gap-2 text-slate-700">
          <input
            type="checkbox"
            checked={show}
            onChange={(e) => writePreference(e.target.checked)}
            className="h-4 w-4 accent-brand-700"
          />
          {t("toggle", { zone })}
        </label>
      )}
    </div>
  );
}
