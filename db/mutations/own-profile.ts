import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { speakers, type Speaker } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { invalidOf } from "@/lib/admin/form-input";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { speakerFormSchema } from "./speakers";
import type { WriteResult } from "./write-result";

// What a speaker may change about themselves: words and links, never the slug,
// the organization link, sessions or anything of the programme.
export const ownProfileSchema = speakerFormSchema.pick({ name: true, nameEn: true, position: true, positionEn: true, organization: true, organizationEn: true, bio: true, bioEn: true, links: true });
export type OwnProfileForm = z.input<typeof ownProfileSchema>;

const audited = ["name", "position", "organization", "bio", "links", "translations"] as const;

/**
 * Saves the signed-in speaker's own profile. Anyone else — organizers included,
 * who have the workspace for that — is refused here.
 */
export function updateOwnProfile(db: Db, actor: Actor | null, speakerId: number, input: OwnProfileForm): WriteResult<Speaker> | ReturnType<typeof invalidOf> {
  assertCan(actor, { action: "speaker.editOwn", speakerId });
  const parsed = ownProfileSchema.safeParse(input);
  if (!parsed.success) return invalidOf(parsed.error);
  const { nameEn, positionEn, organizationEn, bioEn, ...fields } = parsed.data;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = t.select().from(speakers).where(eq(speakers.id, speakerId)).get();
    if (!before) return { ok: false, reason: "not-found" } as const;
    const en = Object.fromEntries(Object.entries({ name: nameEn, position: positionEn, organization: organizationEn, bio: bioEn }).filter(([, v]) => v));
    const translations = { ...before.translations, en: Object.keys(en).length ? en : undefined };
    const after = t
      .update(speakers)
      .set({ ...fields, translations: JSON.parse(JSON.stringify(translations)) })
      .where(eq(speakers.id, speakerId))
      .returning()
      .get();
    recordAudit(t, { userId: actor.userId, conferenceId: null, action: "speaker.update-own", entityType: "speaker", entityId: speakerId, changes: fieldChanges(before, after, audited), details: { title: after.name } });
    return { ok: true, value: after } as const;
  });
}
