import { useTranslations } from "next-intl";
import type { ForumOrganizationRole, Locale } from "@/lib/domain/vocabulary";

/** Who is behind a forum, in one line: each organization after its role (主办：…；承办：…), nothing when none. */
export function ForumOrganizationsLine({
  organizations,
  locale,
  className,
}: {
  organizations: ReadonlyArray<{ role: ForumOrganizationRole; name: string }>;
  locale: Locale;
  className: string;
}) {
  const t = useTranslations("conference");
  if (!organizations.length) return null;
  return (
    <p className={className}>
      {organizations
        .map((o) => t("organizationLine", { role: t(`organizationRole.${o.role}`), name: o.name }))
        .join(locale === "zh-CN" ? "；" : "; ")}
    </p>
  );
}
