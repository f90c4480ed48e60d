import { useTranslations } from "next-intl";

/**
 * Tells a forum editor, on every page of a conference they work in, that what they change
 * reaches the public programme only when an organizer publishes the next release.
 */
export function ForumEditorNotice({
  access,
  className = "",
}: {
  access: "organizer" | "forumEditor";
  className?: string;
}) {
  const t = useTranslations("admin");
  if (access !== "forumEditor") return null;
  return (
    <p role="note" className={`${className} rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950`}>
      {t("forumEditorRelease")}
    </p>
  );
}
