import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/(auth)/signin/actions";
import { Link } from "@/i18n/navigation";
import type { Viewer } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/domain/vocabulary";

/** Who is signed in, the way back to the workspace, and signing out. */
export async function AdminBar({
  viewer,
  locale,
  conference,
}: {
  viewer: Viewer;
  locale: Locale;
  conference?: { slug: string; name: string; access: "organizer" | "forumEditor" };
}) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-100 px-4 py-2 text-sm">
      <nav aria-label={t("workspace")} className="flex flex-wrap items-center gap-3">
        <Link href="/admin" className="font-semibold text-brand-900 hover:underline">
          {t("workspace")}
        </Link>
        {conference ? (
          <>
            <span aria-hidden="true">›</span>
            <Link href={`/admin/${conference.slug}`} className="hover:underline">
              {conference.name}
            </Link>
            <Link href={`/admin/${conference.slug}/schedule`} className="hover:underline">
              {t("schedule")}
            </Link>
            {conference.access === "organizer" ? (
              <>
                <Link href={`/admin/${conference.slug}/rooms`} className="hover:underline">
                  {t("rooms")}
                </Link>
                <Link href={`/admin/${conference.slug}/publish`} className="hover:underline">
                  {t("publish")}
                </Link>
                <Link href={`/admin/${conference.slug}/log`} className="hover:underline">
                  {t("log")}
                </Link>
                <Link href={`/admin/${conference.slug}/webhooks`} className="hover:underline">
                  {t("webhooks")}
                </Link>
              </>
            ) : null}
          </>
        ) : null}
      </nav>
      <form action={signOutAction} className="flex items-center gap-2">
        <span className="text-slate-700">{t("signedInAs", { email: viewer.email })}</span>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
