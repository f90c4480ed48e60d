import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { loadWorkspace } from "./load-workspace";
import { nameIn } from "@/lib/i18n/names";

type Props = PageProps<"/[locale]/admin/[conference]">;

export default async function ConferenceWorkspacePage({ params }: Props) {
  const { locale, conference } = await loadWorkspace(params, "");
  const t = await getTranslations({ locale, namespace: "admin" });
  const organizer = conference.access === "organizer";
  const section = (path: string, key: string) => ({
    href: `/admin/${conference.slug}${path}`,
    label: t(key),
    body: t(`${key}Intro`),
  });
  const links = [
    section("/schedule", "schedule"),
    section("/sessions", "sessions"),
    section("/forums", "forums"),
    section("/speakers", "speakers"),
    ...(organizer
      ? [
          section("/rooms", "rooms"),
          section("/tracks", "tracks"),
          section("/publish", "publish"),
          section("/import", "import"),
          section("/log", "log"),
          section("/settings", "settings"),
          section("/organizers", "organizers"),
        ]
      : []),
    { href: `/${conference.slug}`, label: t("publicSite"), body: t("publicSiteIntro") },
  ];
  return (
    <div>
      <h1 className="text-2xl font-bold">{nameIn(conference, locale)}</h1>
      <p className="mt-1 text-slate-600">{t(`access.${conference.access}`)}</p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="block h-full rounded-lg border border-slate-200 p-4 hover:bg-slate-50">
              <span className="block font-semibold text-brand-900">{l.label}</span>
              <span className="block text-sm text-slate-600">{l.body}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
