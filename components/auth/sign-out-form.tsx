import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/vocabulary";

/** Who is signed in, and the button that signs them out (the action comes from app/). */
export async function SignOutForm({
  email,
  locale,
  signOut,
}: {
  email: string;
  locale: Locale;
  signOut: () => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <form action={signOut} className="flex flex-wrap items-center gap-2">
      <span className="break-all text-slate-700">{t("signedInAs", { email })}</span>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50">
        {t("signOut")}
      </button>
    </form>
  );
}
