import { forumDetail } from "@/lib/programme/forum-detail";
import { isSlug } from "@/lib/slug";
import { loadProgramme } from "../../load-programme";

/** A forum of the published programme, as its page and its poster show it; null if the public may not see it. */
export async function findForum(params: Promise<{ locale: string; conference: string; forum: string }>) {
  const { locale, conference, forum } = await params;
  const loaded = await loadProgramme(locale, conference);
  const detail = loaded && isSlug(forum) ? forumDetail(loaded.release.snapshot, forum, loaded.locale) : null;
  return loaded && detail ? { loaded, detail } : null;
}
