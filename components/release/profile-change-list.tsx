import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProfileChange } from "@/lib/release/changelog-view";
import { ChangeHeading } from "./change-list";

/** The speakers' profiles a release changed, and which parts; `linkTo` links a profile that has a page. */
export function ProfileChangeList({
  profiles,
  locale,
  linkTo,
}: {
  profiles: ProfileChange[];
  locale: Locale;
  linkTo?: (slug: string) => string | null;
}) {
  const t = useTranslations("changelog");
  const separator = locale === "zh-CN" ? "、" : ", ";
  const part = (field: string) => (t.has(`profileField.${field}`) ? t(`profileField.${field}`) : field);
  return (
    <ul className="divide-y divide-slate-100">
      {profiles.map((p) => {
        const href = linkTo?.(p.slug) ?? null;
        return (
          <li key={p.guid} className="py-2">
            <ChangeHeading label={t("profile")} badgeClass="bg-sky-100 text-sky-900" title={p.name} href={href} />
            <p className="mt-1 pl-1 text-sm text-slate-700">
              {t("profileFields", { fields: p.fields.map(part).join(separator) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
