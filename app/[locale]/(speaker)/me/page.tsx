import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { signOutAction } from "@/app/[locale]/(auth)/signin/actions";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { AccountSecurity } from "@/components/me/account-security";
import { MySessions } from "@/components/me/my-sessions";
import { OwnPhotoForm } from "@/components/me/own-photo-form";
import { OwnProfileForm } from "@/components/me/own-profile-form";
import { OwnUnavailabilityForm } from "@/components/me/own-unavailability-form";
import { PageSection } from "@/components/ui/section";
import { getDb } from "@/db";
import { emailVerifiedAt } from "@/db/queries/email-verification";
import { findMyProfile } from "@/db/queries/my-profile";
import { listMySessions } from "@/db/queries/my-sessions";
import { listWorkspaceConferences } from "@/db/queries/workspace-conferences";
import { Link } from "@/i18n/navigation";
import { pairWithEnglish } from "@/lib/domain/translations";
import { requireViewerIn } from "@/app/[locale]/(workspace)/admin/require-viewer";
import { changePasswordAction, sendEmailVerificationAction, signOutEverywhereAction } from "./account-actions";
import {
  removeOwnPhotoAction,
  saveOwnProfileAction,
  saveOwnUnavailabilityAction,
  uploadOwnPhotoAction,
} from "./actions";

// Sections whose content starts without an intro of its own keep a gap under the title.
const spacedTitle = "mb-3 text-xl font-semibold";

export const metadata: Metadata = { title: "Podium", robots: { index: false, follow: false } };

export default function MePage({ params }: PageProps<"/[locale]/me">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Me params={params} />
    </Suspense>
  );
}

async function Me({ params }: { params: PageProps<"/[locale]/me">["params"] }) {
  const { locale, viewer } = await requireViewerIn((await params).locale, "/me");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "me" });
  const db = getDb();
  const mine = findMyProfile(db, viewer);
  const hasWorkspace = viewer.isPlatformAdmin || listWorkspaceConferences(db, viewer).length > 0;
  const security = (
    <AccountSecurity
      locale={locale}
      email={viewer.email}
      emailVerifiedAt={emailVerifiedAt(db, viewer.userId)}
      actions={{
        changePassword: changePasswordAction,
        sendEmailVerification: sendEmailVerificationAction,
        signOutEverywhere: signOutEverywhereAction,
      }}
    />
  );

  const bar = (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-100 px-4 py-2 text-sm">
      <nav aria-label={t("title")} className="flex flex-wrap items-center gap-3">
        <Link href="/me" className="font-semibold text-brand-900 hover:underline">
          {t("title")}
        </Link>
        {hasWorkspace ? (
          <Link href="/admin" className="hover:underline">
            {t("workspace")}
          </Link>
        ) : null}
      </nav>
      <SignOutForm email={viewer.email} locale={locale} signOut={signOutAction} />
    </div>
  );

  if (!mine) {
    return (
      <div>
        {bar}
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-slate-700">{t("notLinked")}</p>
        {security}
      </div>
    );
  }

  const { speaker, conferences } = mine;
  return (
    <div>
      {bar}
      <h1 className="text-2xl font-bold">
        {t("title")}: {speaker.name}
      </h1>
      {conferences.some((c) => c.publicSpeakerPage) ? (
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {conferences
            .filter((c) => c.publicSpeakerPage)
            .map((c) => (
              <Link key={c.slug} href={`/${c.slug}/speakers/${speaker.slug}`} className="text-brand-700 underline">
                {t("publicPage")}: {c.name}
              </Link>
            ))}
        </p>
      ) : null}

      <PageSection id="my-sessions" title={t("sessions")} className="mt-8" titleClassName={spacedTitle}>
        <MySessions sessions={listMySessions(db, viewer)} locale={locale} />
      </PageSection>

      <PageSection id="my-photo" title={t("photo")} className="mt-10" titleClassName={spacedTitle}>
        <OwnPhotoForm
          speakerId={speaker.id}
          name={speaker.name}
          photo={speaker.photo}
          upload={uploadOwnPhotoAction}
          remove={removeOwnPhotoAction}
        />
      </PageSection>

      <PageSection id="my-profile" title={t("profile")} className="mt-10">
        <p className="mt-1 mb-4 text-sm text-slate-600">{t("profileIntro")}</p>
        <OwnProfileForm
          speakerId={speaker.id}
          save={saveOwnProfileAction}
          profile={{
            ...pairWithEnglish(speaker, ["name", "position", "organization", "bio"]),
            links: speaker.links.map(({ kind, url }) => ({ kind, url })),
          }}
        />
      </PageSection>

      {conferences.length ? (
        <PageSection id="my-availability" title={t("availability")} className="mt-10" titleClassName={spacedTitle}>
          <div className="space-y-8">
            {conferences.map((c) => (
              <OwnUnavailabilityForm
                key={c.slug}
                speakerId={c.speakerId}
                conference={c}
                windows={c.unavailability}
                save={saveOwnUnavailabilityAction}
              />
            ))}
          </div>
        </PageSection>
      ) : null}
      {security}
    </div>
  );
}
