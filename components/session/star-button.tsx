"use client";

import { useTranslations } from "next-intl";
import { toggleStar } from "@/lib/stars/star-store";
import { useStars } from "./use-stars";

/** A star that adds a session to "my agenda", kept in this browser. */
export function StarButton({ conference, guid, title }: { conference: string; guid: string; title: string }) {
  const t = useTranslations("star");
  const stars = useStars(conference);
  const starred = stars?.includes(guid) ?? false;
  return (
    <button
      type="button"
      data-star={guid}
      aria-pressed={starred}
      aria-label={starred ? t("remove", { title }) : t("add", { title })}
      title={starred ? t("remove", { title }) : t("add", { title })}
      disabled={stars === null}
      onClick={() => toggleStar(window.localStorage, conference, guid)}
      className={`star-button grid h-11 w-11 shrink-0 place-items-center rounded-full text-2xl leading-none transition-colors hover:bg-amber-50 disabled:opacity-60 ${starred ? "text-amber-600" : "text-slate-500"}`}
    >
      <span aria-hidden="true">{starred ? "★" : "☆"}</span>
    </button>
  );
}
