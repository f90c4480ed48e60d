import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../connection";
import { speakers, type Speaker } from "../schema";
import { refreshSpeakerInLatestReleases } from "../releases/refresh-speaker";
import { enqueueSpeakerUpdated } from "../webhooks/enqueue";
import { withEnglish } from "@/lib/admin/form-input";
import type { AuditEntry } from "../audit";
import { fieldChanges } from "@/lib/audit/field-changes";
import type { Viewer } from "@/lib/auth/permissions";
import { assertOwnProfile } from "@/lib/auth/speaker-permissions";
import { refuse, write, type Result, type WriteContext } from "./pipeline";
import { speakerFormSchema } from "./speakers/speaker-form";

// What a speaker may change about themselves: words and links, never the slug,
// the organization link, sessions or anything of the programme.
export const ownProfileSchema = speakerFormSchema.pick({
  name: true,
  nameEn: true,
  position: true,
  positionEn: true,
  organization: true,
  organizationEn: true,
  bio: true,
  bioEn: true,
  links: true,
});
export type OwnProfileForm = z.input<typeof ownProfileSchema>;

/**
 * Every profile the viewer's account keeps (one per conference: a change to one is made to all),
 * or null when `speakerId`, the profile the form was read from, is not one of them.
 */
export function ownProfiles(tx: Tx, viewer: Viewer, speakerId: number): Speaker[] | null {
  const profiles = tx
    .select()
    .from(speakers)
    .where(inArray(speakers.id, [...viewer.speakerIds]))
    .all();
  return profiles.some((p) => p.id === speakerId) ? profiles : null;
}

const audited = ["name", "position", "organization", "bio", "links", "translations"] as const;

/**
 * Saves the signed-in speaker's own profile — every profile their account keeps, one
 * per conference, since it is the same person — and carries it into the latest release
 * of those conferences (returned by slug). `speakerId` names the profile the form was
 * read from and must be the account's own. Anyone else — organizers included, who have
 * the workspace for that — is refused here.
 */
export function updateOwnProfile(
  ctx: WriteContext,
  speakerId: number,
  input: unknown,
): Result<{ speaker: Speaker; conferences: string[] }> {
  return write(ctx, {
    authorize: ({ viewer }) => {
      assertOwnProfile(viewer, speakerId);
      return { viewer };
    },
    schema: ownProfileSchema,
    input,
    run: (tx, { nameEn, positionEn, organizationEn, bioEn, ...fields }, { viewer }, now) => {
      const profiles = ownProfiles(tx, viewer, speakerId);
      if (!profiles) return refuse.notFound();
      const conferences: string[] = [];
      const audit: AuditEntry[] = [];
      let saved: Speaker | undefined;
      for (const before of profiles) {
        const translations = withEnglish(before.translations, {
          name: nameEn,
          position: positionEn,
          organization: organizationEn,
          bio: bioEn,
        });
        const after = tx
          .update(speakers)
          .set({ ...fields, translations, updatedAt: now })
          .where(eq(speakers.id, before.id))
          .returning()
          .get();
        audit.push({
          conferenceId: before.conferenceId,
          action: "speaker.update-own",
          entityType: "speaker",
          entityId: before.id,
          changes: fieldChanges(before, after, audited),
          details: { title: after.name },
        });
        conferences.push(...refreshSpeakerInLatestReleases(tx, before.id, now));
        enqueueSpeakerUpdated(tx, before.id, now);
        if (before.id === speakerId) saved = after;
      }
      return { value: { speaker: saved!, conferences }, audit };
    },
  });
}
