import { getTranslations } from "next-intl/server";

/**
 * Says on the page a form redirected to that the write went through: the action
 * redirects with `?saved=<what>` (`deleted` for a delete), and this reads it.
 */
export async function SavedNotice({ saved, locale }: { saved: string | string[] | undefined; locale: string }) {
  const what = Array.isArray(saved) ? saved[0] : saved;
  if (!what) return null;
  const t = await getTranslations({ locale, namespace: "adminList" });
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900"
    >
      {t("savedNotice", { what: what === "deleted" ? "deleted" : "saved" })}
    </p>
  );
}
