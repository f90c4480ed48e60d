import { getTranslations } from "next-intl/server";
import { SpeakerForm } from "@/components/admin/speaker-form";
import { SpeakerInvitations } from "@/components/admin/speaker-invitations";
import { getDb } from "@/db";
import { listOrganizationChoices } from "@/db/queries/organization-choices";
import { listInvitations } from "@/db/queries/invitations";
import { findSpeakerEditor } from "@/db/queries/speakers";
import { Link } from "@/i18n/navigation";
import { pairWithEnglish } from "@/lib/domain/translations";
import { formatTimeZoneLabel } from "@/lib/time/format";
import { loadEditor } from "../../load-workspace";
import { deleteSpeakerAction, saveSpeakerAction } from "../actions";
import {
  createInvitationAction,
  resendInvitationAction,
  revokeInvitationAction,
  unlinkSpeakerAccountAction,
} from "../invitation-actions";

type Props = PageProps<"/[locale]/admin/[conference]/speakers/[speaker]">;

export default async function SpeakerPage({ params }: Props) {
  const { speaker: rawId } = await params;
  const { locale, viewer, conference, editor } = await loadEditor(params, "/speakers", rawId, findSpeakerEditor);
  const t = await getTranslations({ locale, namespace: "speakersAdmin" });
  const tr = await getTranslations({ locale, namespace: "sessionsAdmin" });
  const { speaker } = editor;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: editor.timeZone });
  const now = new Date();
  const invitations = (
    editor.managesAccount ? listInvitations(getDb(), viewer, conference.id, speaker.id, now) : []
  ).map((i) => ({
    id: i.id,
    email: i.email,
    status: i.status,
    created: when.format(i.createdAt),
    expires: when.format(i.expiresAt),
    sent: i.sentAt ? when.format(i.sentAt) : null,
    accepted: i.acceptedAt ? when.format(i.acceptedAt) : null,
  }));
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("edit", { name: speaker.name })}</h1>
      <section aria-labelledby="speaker-sessions" className="mb-6 rounded-lg border border-slate-200 p-4 text-sm">
        <h2 id="speaker-sessions" className="font-semibold">
          {t("takesPart")}
        </h2>
        {editor.sessions.length === 0 ? <p className="mt-1 text-slate-600">{t("noSessions")}</p> : null}
        <ul className="mt-1 space-y-0.5">
          {editor.sessions.map((s) => (
            <li key={`${s.id}-${s.role}`}>
              <Link href={`/admin/${conference.slug}/sessions/${s.id}`} className="text-brand-700 underline">
                {s.title}
              </Link>
              <span className="text-slate-600">
                {" "}
                · {s.forum} · {tr(`roles.${s.role}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {editor.managesAccount ? (
        <SpeakerInvitations
          conference={conference.slug}
          speaker={{ id: speaker.id, name: speaker.name }}
          account={editor.account?.email ?? null}
          rows={invitations}
          zoneLabel={formatTimeZoneLabel(editor.timeZone, now)}
          create={createInvitationAction}
          resend={resendInvitationAction}
          revoke={revokeInvitationAction}
          unlink={unlinkSpeakerAccountAction}
        />
      ) : null}
      <SpeakerForm
        conference={{ ...conference, timeZone: editor.timeZone }}
        speaker={{
          id: speaker.id,
          ...pairWithEnglish(speaker, ["name", "position", "organization", "bio"]),
          slug: speaker.slug,
          organizationId: speaker.organizationId === null ? "" : String(speaker.organizationId),
          photo: speaker.photo ?? "",
          links: speaker.links.map(({ kind, url }) => ({ kind, url })),
          unavailability: editor.unavailability,
        }}
        organizations={listOrganizationChoices(getDb(), viewer, conference.id)}
        save={saveSpeakerAction}
        remove={deleteSpeakerAction}
      />
    </div>
  );
}
