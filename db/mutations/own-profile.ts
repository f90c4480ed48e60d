import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { speakers, type Speaker } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { invalidOf, withEnglish } from "@/lib/admin/form-input";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { refreshSpeakerInLatestReleases } from "../releases/refresh-speaker";
import { enqueueSpeakerUpdated } from "../webhooks/enqueue";
import { speakerFormSchema } from "./speakers";
import type { WriteResult } from "./write-result";

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

const audited = ["name", "position", "organization", "bio", "links", "translations"] as const;

/**
 * Saves the signed-in speaker's own profile — every profile their account keeps, one
 * per conference, since it is the same person — and carries it into the latest release
 * of those conferences (returned by slug, to revalidate). `speakerId` names the profile
 * the form was read from and must be the account's own. Anyone else — organizers
 * included, who have the workspace for that — is refused here.
 */
export function updateOwnProfile(
  db: Db,
  viewer: Viewer | null,
  speakerId: number,
  input: OwnProfileForm,
  now = new Date(),
): WriteResult<{ speaker: Speaker; conferences: string[] }> | ReturnType<typeof invalidOf> {
  assertCan(viewer, { action: "speaker.editOwn", speakerId });
  const parsed = ownProfileSchema.safeParse(input);
  if (!parsed.success) return invalidOf(parsed.error);
  const { nameEn, positionEn, organizationEn, bioEn, ...fields } = parsed.data;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const profiles = t
      .select()
      .from(speakers)
      .where(inArray(speakers.id, [...viewer.speakerIds]))
      .all();
    const read = profiles.find((p) => p.id === speakerId);
    if (!read) return { ok: false, reason: "not-found" } as const;
    const conferences: string[] = [];
    let saved = read;
    for (const before of profiles) {
      const translations = withEnglish(before.translations, {
        name: nameEn,
        position: positionEn,
        organization: organizationEn,
        bio: bioEn,
      });
      const after = t
        .update(speakers)
        .set({ ...fields, translations, updatedAt: now })
        .where(eq(speakers.id, before.id))
        .returning()
        .get();
      recordAudit(t, {
        userId: viewer.userId,
        conferenceId: before.conferenceId,
        action: "speaker.update-own",
        entityType: "speaker",
        entityId: before.id,
        changes: fieldChanges(before, after, audited),
        details: { title: after.name },
      });
      conferences.push(...refreshSpeakerInLatestReleases(t, before.id, now));
      enqueueSpeakerUpdated(t, before.id, now);
      if (before.id === speakerId) saved = after;
    }
    return { ok: true, value: { speaker: saved, conferences } } as const;
  });
}
