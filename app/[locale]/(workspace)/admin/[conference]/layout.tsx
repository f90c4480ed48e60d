import { hasLocale } from "next-intl";
import { Suspense } from "react";
import { ConferenceNav } from "@/components/admin/admin-bar";
import { ForumEditorNotice } from "@/components/admin/forum-editor-notice";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";
import { routing } from "@/i18n/routing";

type Props = LayoutProps<"/[locale]/admin/[conference]">;

/** A conference's workspace pages under its navigation; each page still checks the viewer's rights. */
export default function ConferenceLayout({ children, params }: Props) {
  return (
    <>
      {/* Just under the workspace bar, as its second line. */}
      <div className="-mt-4 mb-6">
        <Suspense fallback={<div className="h-9 rounded-lg border border-slate-200" />}>
          <ConferencePlaces params={params} />
        </Suspense>
      </div>
      {children}
    </>
  );
}

async function ConferencePlaces({ params }: { params: Props["params"] }) {
  const { locale, conference: slug } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  // Without rights to the conference there is no navigation: the page says it does not exist.
  const conference = findWorkspaceConference(getDb(), await getViewer(), slug);
  if (!conference) return null;
  return (
    <>
      <ConferenceNav locale={locale} conference={conference} />
      {/* Forum editors' edits wait for an organizer's release: every page of theirs says so. */}
      <ForumEditorNotice access={conference.access} className="mt-3" />
    </>
  );
}
