import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { INITIALS, type Initial } from "@/lib/programme/initials";

/** Links to each initial that has speakers; the others are shown, greyed, so the alphabet keeps its shape. */
export function SpeakerInitials({
  conference,
  present,
  current,
}: {
  conference: string;
  present: ReadonlySet<Initial>;
  /** The entry shown now; null while a typed filter is applied. */
  current: Initial | "all" | null;
}) {
  const t = useTranslations("speakers");
  const label = (initial: Initial) => (initial === "other" ? "#" : initial);
  const cell = "grid h-11 min-w-11 place-items-center rounded-md px-2 text-sm font-semibold";
  return (
    <nav aria-label={t("indexLabel")} className="mt-4 print:hidden">
      <ul className="flex flex-wrap gap-1">
        <li>
          <Link
            href={`/${conference}/speakers`}
            aria-current={current === "all" ? "page" : undefined}
            className={`${cell} text-brand-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
          >
            {t("all")}
          </Link>
        </li>
        {INITIALS.map((initial) => (
          <li key={initial}>
            {present.has(initial) ? (
              <Link
                href={`/${conference}/speakers?letter=${initial}`}
                aria-current={current === initial ? "page" : undefined}
                aria-label={initial === "other" ? t("otherInitial") : undefined}
                className={`${cell} text-brand-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
              >
                {label(initial)}
              </Link>
            ) : (
              <span aria-hidden="true" className={`${cell} text-slate-500`}>
                {label(initial)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
