import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { loadConferenceForumScopes } from "../auth/viewer";
import { loadSpeakerScope } from "../auth/speaker-scope";
import {
  conferences,
  forums,
  organizations,
  sessionPeople,
  sessions,
  speakerUnavailability,
  speakers,
  type Speaker,
} from "../schema";
import { speakerInsertSchema } from "../validation";
import {
  invalidOf,
  jsonRows,
  localDateTimeOf,
  localDateTimeSchema,
  optionalId,
  withEnglish,
  type FormInput,
} from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { assertCanEditSpeaker } from "@/lib/auth/speaker-permissions";
import { speakerLinkKinds } from "@/lib/domain/vocabulary";
import { isStoredPhotoUrl } from "@/lib/photos/photo-url";
import { slugSchema } from "@/lib/slug";
import { zonedToInstant } from "@/lib/time/zoned";
import { deletedChanges, invalidField, optionalText, type Invalid } from "./form-fields";
import type { WriteResult } from "./write-result";

const linkRow = z.object({
  kind: z.enum(speakerLinkKinds, "Choose a kind"),
  url: z
    .url({ protocol: /^https?$/, message: "Use a web address starting with https:// or http://" })
    .max(2000, "A web address is at most 2000 characters")
    // Browsers drop these silently; exports and the API would carry them as stored.
    .refine(
      (v) => !/[\u0000-\u0020\u007f-\u009f]/.test(v),
      "A web address cannot contain spaces or control characters",
    ),
});
export const unavailableRow = z
  .object({ startsAt: localDateTimeSchema, endsAt: localDateTimeSchema, note: optionalText(200) })
  .refine((r) => r.endsAt > r.startsAt, { path: ["endsAt"], message: "The end must be after the start" });

export const speakerFormSchema = z.object({
  name: speakerInsertSchema.shape.name,
  nameEn: optionalText(120),
  slug: slugSchema,
  position: optionalText(200),
  positionEn: optionalText(200),
  organization: optionalText(200),
  organizationEn: optionalText(200),
  organizationId: optionalId,
  bio: optionalText(20_000),
  bioEn: optionalText(20_000),
  photo: z
    .string()
    .trim()
    .default("")
    // The speaker's own upload comes back in the form as its /media/photos/ address: saving keeps it.
    .refine(
      (v) => v === "" || isStoredPhotoUrl(v) || z.url({ protocol: /^https$/ }).safeParse(v).success,
      "Use an https:// address, or leave it empty",
    )
    .transform((v) => v || null),
  links: jsonRows(linkRow, 20),
  unavailability: jsonRows(unavailableRow, 50),
});
export type SpeakerForm = FormInput<typeof speakerFormSchema>;

type Window = { startsAt: Date; endsAt: Date; note: string };

/** A speaker as the form shows it; the audit log keeps these fields, unavailability as local times of the conference. */
function speakerView(s: Speaker, windows: Window[], timeZone: string) {
  const en = s.translations.en ?? {};
  return {
    slug: s.slug,
    name: s.name,
    nameEn: en.name ?? "",
    position: s.position,
    positionEn: en.position ?? "",
    organization: s.organization,
    organizationEn: en.organization ?? "",
    organizationId: s.organizationId,
    bio: s.bio,
    bioEn: en.bio ?? "",
    photo: s.photo,
    links: s.links,
    unavailability: windows.map(
      (w) =>
        `${localDateTimeOf(w.startsAt, timeZone)}–${localDateTimeOf(w.endsAt, timeZone)}${w.note ? ` ${w.note}` : ""}`,
    ),
  };
}
type SpeakerView = ReturnType<typeof speakerView>;
const viewFields = Object.keys(speakerView({ translations: {} } as Speaker, [], "UTC")) as Array<keyof SpeakerView>;

export function windowsOf(db: Db, speakerId: number, conferenceId: number): Window[] {
  return db
    .select({
      startsAt: speakerUnavailability.startsAt,
      endsAt: speakerUnavailability.endsAt,
      note: speakerUnavailability.note,
    })
    .from(speakerUnavailability)
    .where(and(eq(speakerUnavailability.speakerId, speakerId), eq(speakerUnavailability.conferenceId, conferenceId)))
    .orderBy(asc(speakerUnavailability.startsAt))
    .all();
}

/** Anyone working in the conference may add a speaker; changing one follows canEditSpeaker. Null when the speaker is not this conference's. */
function authorize(db: Db, viewer: Viewer | null, conferenceId: number, speakerId: number | null): boolean {
  assertCan(viewer, {
    action: "conference.enter",
    conferenceId,
    forums: [...loadConferenceForumScopes(db, conferenceId).values()],
  });
  if (speakerId === null) return true;
  const scope = loadSpeakerScope(db, speakerId);
  if (!scope || scope.conferenceId !== conferenceId) return false;
  assertCanEditSpeaker(viewer, scope);
  return true;
}

/**
 * Creates or updates a speaker profile of this conference and the times the speaker is
 * unavailable here. Anyone working in the conference may add a speaker; editing follows
 * canEditSpeaker.
 */
export function saveSpeaker(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  speakerId: number | null,
  input: SpeakerForm,
): WriteResult<Speaker> | Invalid {
  if (!authorize(db, viewer, conferenceId, speakerId)) return { ok: false, reason: "not-found" };
  const parsed = speakerFormSchema.safeParse(input);
  if (!parsed.success) return invalidOf(parsed.error);
  const { nameEn, positionEn, organizationEn, bioEn, unavailability, ...fields } = parsed.data;

  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const clash = t
      .select({ id: speakers.id })
      .from(speakers)
      .where(
        and(
          eq(speakers.conferenceId, conferenceId),
          eq(speakers.slug, fields.slug),
          speakerId ? ne(speakers.id, speakerId) : undefined,
        ),
      )
      .get();
    if (clash) return invalidField("slug", "Another speaker has that slug.");
    if (
      fields.organizationId !== null &&
      !t.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, fields.organizationId)).get()
    ) {
      return invalidField("organizationId", "That organization no longer exists.");
    }
    const { timeZone } = t
      .select({ timeZone: conferences.timeZone })
      .from(conferences)
      .where(eq(conferences.id, conferenceId))
      .get()!;
    const windows = unavailability.map((w) => ({
      startsAt: zonedToInstant(w.startsAt, timeZone),
      endsAt: zonedToInstant(w.endsAt, timeZone),
      note: w.note,
    }));

    const before = speakerId === null ? null : t.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
    const windowsBefore = before ? windowsOf(t, before.id, conferenceId) : [];
    const values = {
      ...fields,
      translations: withEnglish(before?.translations ?? {}, {
        name: nameEn,
        position: positionEn,
        organization: organizationEn,
        bio: bioEn,
      }),
    };
    const speaker = before
      ? t.update(speakers).set(values).where(eq(speakers.id, before.id)).returning().get()
      : t
          .insert(speakers)
          .values({ ...values, conferenceId, createdByUserId: viewer!.userId })
          .returning()
          .get();
    t.delete(speakerUnavailability)
      .where(and(eq(speakerUnavailability.speakerId, speaker.id), eq(speakerUnavailability.conferenceId, conferenceId)))
      .run();
    if (windows.length)
      t.insert(speakerUnavailability)
        .values(windows.map((w) => ({ ...w, speakerId: speaker.id, conferenceId })))
        .run();
    recordAudit(t, {
      userId: viewer!.userId,
      conferenceId,
      action: before ? "speaker.update" : "speaker.create",
      entityType: "speaker",
      entityId: speaker.id,
      changes: fieldChanges(
        before ? speakerView(before, windowsBefore, timeZone) : ({} as SpeakerView),
        speakerView(speaker, windows, timeZone),
        viewFields,
      ),
      details: { title: speaker.name },
    });
    return { ok: true, value: speaker } as const;
  });
}

/** Deletes a speaker profile; refused while the speaker takes part in any session, which the message names. */
export function deleteSpeaker(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  speakerId: number,
): WriteResult<null> {
  if (!authorize(db, viewer, conferenceId, speakerId)) return { ok: false, reason: "not-found" };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const speaker = t.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
    const taking = t
      .selectDistinct({ title: sessions.title, forum: forums.name })
      .from(sessionPeople)
      .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .where(eq(sessionPeople.speakerId, speakerId))
      .orderBy(asc(sessions.startsAt), asc(sessions.id))
      .all();
    if (taking.length > 0) {
      const named =
        taking
          .slice(0, 5)
          .map((s) => `“${s.title}” (${s.forum})`)
          .join(", ") + (taking.length > 5 ? ", …" : "");
      return {
        ok: false,
        reason: "invalid",
        message: `“${speaker.name}” still takes part in ${taking.length} session(s): ${named}. Remove them from those sessions first.`,
      } as const;
    }
    const { timeZone } = t
      .select({ timeZone: conferences.timeZone })
      .from(conferences)
      .where(eq(conferences.id, conferenceId))
      .get()!;
    const before = speakerView(speaker, windowsOf(t, speakerId, conferenceId), timeZone);
    t.delete(speakers).where(eq(speakers.id, speakerId)).run();
    recordAudit(t, {
      userId: viewer!.userId,
      conferenceId,
      action: "speaker.delete",
      entityType: "speaker",
      entityId: speakerId,
      changes: deletedChanges(before, viewFields),
      details: { title: speaker.name },
    });
    return { ok: true, value: null } as const;
  });
}
