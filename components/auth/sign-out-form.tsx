import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/vocabulary";

/** What a bar with the sign-out button is handed: the interface's language and the action (it comes from app/). */
export interface SignOutProps {
  locale: Locale;
  signOut: () => Promise<void>;
}

/** Who is signed in, and the button that signs them out. */
export async function SignOutForm({ email, locale, signOut }: SignOutProps & { email: string }) {
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
