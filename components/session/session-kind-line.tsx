import { useTranslations } from "next-intl";
import type { SessionKind } from "@/lib/domain/vocabulary";

/**
 * The line above a session's title: its kind, then a red "cancelled" badge when it is cancelled.
 * `label` goes before the kind (a speaker's role); the line's type and the badge's spacing are the caller's.
 */
export function SessionKindLine({
  session,
  className,
  badgeSpacing,
  label,
}: {
  session: { kind: SessionKind; cancelled: boolean };
  className: string;
  badgeSpacing: string;
  label?: string;
}) {
  const t = useTranslations("forum");
  return (
    <p className={className}>
      {label ? `${label} · ` : null}
      {t(`kind.${session.kind}`)}
      {session.cancelled ? (
        <span className={`${badgeSpacing} rounded bg-red-100 text-red-800`}>{t("cancelled")}</span>
      ) : null}
    </p>
  );
}
