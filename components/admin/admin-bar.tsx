import { getTranslations } from "next-intl/server";
import { SignOutForm, type SignOutProps } from "@/components/auth/sign-out-form";
import { Link } from "@/i18n/navigation";
import type { Viewer } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/domain/vocabulary";
import { nameIn } from "@/lib/i18n/names";

/** Who is signed in, the way back to the workspace, and signing out (the action comes from app/). */
export async function AdminBar({ viewer, locale, signOut }: SignOutProps & { viewer: Viewer }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-100 px-4 py-2 text-sm">
      <nav aria-label={t("workspace")}>
        <Link href="/admin" className="font-semibold text-brand-900 hover:underline">
          {t("workspace")}
        </Link>
      </nav>
      <SignOutForm email={viewer.email} locale={locale} signOut={signOut} />
    </div>
  );
}

/** The conference's own places in the workspace; a forum editor sees only those open to them. */
export async function ConferenceNav({
  locale,
  conference,
}: {
  locale: Locale;
  conference: { slug: string; access: "organizer" | "forumEditor" } & Parameters<typeof nameIn>[0];
}) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const name = nameIn(conference, locale);
  const base = `/admin/${conference.slug}`;
  const places = conference.access === "organizer" ? ["rooms", "publish", "log", "webhooks", "outbox"] : ["outbox"];
  return (
    <nav
      aria-label={name}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 px-4 py-2 text-sm"
    >
      <Link href={base} className="font-semibold hover:underline">
        {name}
      </Link>
      {["schedule", ...places].map((place) => (
        <Link key={place} href={`${base}/${place}`} className="hover:underline">
          {t(place)}
        </Link>
      ))}
    </nav>
  );
}
