"use client";

import { useTranslations } from "next-intl";
import { useEffect, useSyncExternalStore } from "react";
import { Link } from "@/i18n/navigation";
import type { AgendaRelease } from "@/lib/release/agenda-changes";
import { readSeenRelease, subscribeToSeenRelease, unseenChanges, writeSeenRelease } from "@/lib/stars/seen-release";

/**
 * What changed in the starred sessions since the release this browser last saw, until
 * dismissed. Releases without such changes are marked seen at once, so the notice never
 * waits for a dismissal that would tell the visitor nothing.
 */
export function MyAgendaChanges({ conference, releases }: { conference: string; releases: AgendaRelease[] }) {
  const t = useTranslations("myAgenda");
  // "" is "nothing seen yet"; null until the browser's storage has been read.
  const seen = useSyncExternalStore(
    subscribeToSeenRelease,
    () => readSeenRelease(window.localStorage, conference) ?? "",
    () => null,
  );
  const latest = releases[0]?.version ?? null;
  const unseen = seen === null ? [] : unseenChanges(releases, seen || null);
  const settled = seen !== null && latest !== null && seen !== latest && unseen.length === 0;
  useEffect(() => {
    if (settled) writeSeenRelease(window.localStorage, conference, latest);
  }, [settled, conference, latest]);

  if (unseen.length === 0 || latest === null) return null;
  return (
    <section
      aria-labelledby="agenda-changes"
      className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 print:hidden"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="agenda-changes" className="font-semibold">
          {t("changesTitle", { version: seen ?? "" })}
        </h2>
        <button
          type="button"
          onClick={() => writeSeenRelease(window.localStorage, conference, latest)}
          className="rounded-md border border-amber-400 bg-white px-3 py-1 text-sm font-medium hover:bg-amber-100"
        >
          {t("dismissChanges")}
        </button>
      </div>
      <ul className="mt-2 space-y-2">
        {unseen.flatMap((release) =>
          release.changes.map((change) => (
            <li key={`${release.version}/${change.guid}`} className="text-sm">
              <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                {change.kind}
              </span>
              {change.removed ? (
                <span className="font-medium">{change.title}</span>
              ) : (
                <Link href={`/${conference}/sessions/${change.guid}`} className="font-medium hover:underline">
                  {change.title}
                </Link>
              )}
              <span className="ml-2 text-xs text-slate-500">{release.version}</span>
              {change.lines.length ? (
                <ul className="mt-0.5 pl-1 text-slate-700">
                  {change.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
