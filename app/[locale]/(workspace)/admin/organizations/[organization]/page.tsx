import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrganizationForm } from "@/components/admin/organization-form";
import { possibleParents } from "@/lib/admin/organization-tree";
import { deleteOrganizationAction, saveOrganizationAction } from "../actions";
import { loadOrganizations } from "../load-organizations";

type Props = PageProps<"/[locale]/admin/organizations/[organization]">;

export default async function OrganizationPage({ params }: Props) {
  const { organization: rawId } = await params;
  const { locale, organizations } = await loadOrganizations(params, `/${rawId}`);
  setRequestLocale(locale);
  const organization = organizations.find((o) => String(o.id) === rawId);
  if (!organization?.editable) notFound();
  const t = await getTranslations({ locale, namespace: "organizations" });
  const parents = possibleParents(organizations, organization.id)
    .map((o) => ({ id: o.id, name: o.name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("edit", { name: organization.name })}</h1>
      <p className="mb-4 text-sm text-slate-600">
        {t("usesSummary", {
          forums: organization.forumCount,
          speakers: organization.speakerCount,
          members: organization.memberCount,
          children: organization.childCount,
        })}
      </p>
      <OrganizationForm
        organization={{
          id: organization.id,
          name: organization.name,
          nameEn: organization.translations.en?.name ?? "",
          shortName: organization.shortName ?? "",
          slug: organization.slug,
          website: organization.website ?? "",
          parentId: organization.parentId === null ? "" : String(organization.parentId),
        }}
        parents={parents}
        save={saveOrganizationAction}
        remove={deleteOrganizationAction}
      />
    </div>
  );
}
