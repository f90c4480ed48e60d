"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { addStars } from "@/lib/stars/star-store";
import { useStars } from "./use-stars";

const sameList = (a: readonly string[] | null, b: readonly string[]) =>
  a !== null && a.length === b.length && b.every((g) => a.includes(g));

/**
 * Stars live in the browser, the page is rendered on the server: opened
 * without a list, or with the browser's own stars, the page follows the stars
 * through the URL. A list that is not the browser's (a shared link, an old
 * bookmark) is shown as it is, with an offer to add it to the stars; neither
 * the link's list nor the stars are replaced.
 */
export function MyAgendaSync({
  conference,
  shown,
  listed,
}: {
  conference: string;
  /** The guids in the URL, or null when it has none. */
  shown: string[] | null;
  /** Those of them that are sessions of the release, as the page lists them. */
  listed: string[];
}) {
  const router = useRouter();
  const stars = useStars(conference);
  // Decided once the stars are read: "mine" follows them, "shared" keeps the link's list.
  const [mode, setMode] = useState<"mine" | "shared" | null>(null);
  if (stars !== null && shown === null && mode !== "mine") setMode("mine");
  else if (stars !== null && mode === null) setMode(sameList(shown, stars) ? "mine" : "shared");

  const follows = stars !== null && (shown === null || mode === "mine");
  useEffect(() => {
    if (follows && !sameList(shown, stars))
      router.replace(`/${conference}/my-agenda?sessions=${stars.join(",")}`, { scroll: false });
  }, [follows, stars, shown, conference, router]);

  if (mode !== "shared" || stars === null || shown === null) return null;
  return <SharedListNotice conference={conference} listed={listed} stars={stars} />;
}

function SharedListNotice({ conference, listed, stars }: { conference: string; listed: string[]; stars: string[] }) {
  const t = useTranslations("myAgenda");
  const [refused, setRefused] = useState(false);
  const missing = listed.filter((g) => !stars.includes(g));
  const add = () => {
    const next = addStars(window.localStorage, conference, missing);
    setRefused(missing.some((g) => !next.includes(g)));
  };
  return (
    <section
      aria-labelledby="shared-list"
      className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 print:hidden"
    >
      <h2 id="shared-list" className="font-semibold">
        {t("sharedTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("sharedIntro", { count: listed.length })}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {missing.length ? (
          <button
            type="button"
            onClick={add}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900"
          >
            {t("addShared", { count: missing.length })}
          </button>
        ) : null}
        <Link href={`/${conference}/my-agenda`} className="text-sm text-brand-700 underline">
          {t("openMine", { count: stars.length })}
        </Link>
      </div>
      <p role="status" className="mt-2 text-sm text-slate-700">
        {refused ? t("notSaved") : missing.length === 0 ? t("allStarred") : ""}
      </p>
    </section>
  );
}
