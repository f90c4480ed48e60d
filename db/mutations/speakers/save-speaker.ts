import { and, eq } from "drizzle-orm";
import { organizations, speakerUnavailability, speakers, type Speaker } from "../../schema";
import { withEnglish } from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { zonedToInstant } from "@/lib/time/zoned";
import { slugTakenIn } from "../conference-slugs";
import { refuse, write, type Result, type WriteContext } from "../pipeline";
import { speakerFormSchema } from "./speaker-form";
import {
  authorizeSpeaker,
  conferenceZone,
  speakerView,
  viewFields,
  windowsOf,
  type SpeakerView,
} from "./speaker-record";

/**
 * Creates (no `speakerId`) or updates a speaker profile of this conference and the times the
 * speaker is unavailable here. Anyone working in the conference may add a speaker; editing
 * follows canEditSpeaker. Slugs are unique within the conference.
 */
export function saveSpeaker(
  ctx: WriteContext,
  conferenceId: number,
  speakerId: number | null,
  input: unknown,
): Result<Speaker> {
  return write(ctx, {
    authorize: ({ db, viewer }) => authorizeSpeaker(db, viewer, conferenceId, speakerId),
    schema: speakerFormSchema,
    input,
    run: (tx, { nameEn, positionEn, organizationEn, bioEn, unavailability, ...fields }) => {
      if (slugTakenIn(tx, speakers, conferenceId, fields.slug, speakerId))
        return refuse.field("slug", "slugTaken", { kind: "speaker" });
      if (
        fields.organizationId !== null &&
        !tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(eq(organizations.id, fields.organizationId))
          .get()
      )
        return refuse.field("organizationId", "organizationGone");
      const timeZone = conferenceZone(tx, conferenceId);
      const windows = unavailability.map((w) => ({
        startsAt: zonedToInstant(w.startsAt, timeZone),
        endsAt: zonedToInstant(w.endsAt, timeZone),
        note: w.note,
      }));

      const before = speakerId === null ? null : tx.select().from(speakers).where(eq(speakers.id, speakerId)).get();
      if (speakerId !== null && !before) return refuse.notFound();
      const windowsBefore = before ? windowsOf(tx, before.id, conferenceId) : [];
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
        ? tx.update(speakers).set(values).where(eq(speakers.id, before.id)).returning().get()
        : tx
            .insert(speakers)
            .values({ ...values, conferenceId, createdByUserId: ctx.viewer?.userId ?? null })
            .returning()
            .get();
      const own = and(
        eq(speakerUnavailability.speakerId, speaker.id),
        eq(speakerUnavailability.conferenceId, conferenceId),
      );
      tx.delete(speakerUnavailability).where(own).run();
      if (windows.length)
        tx.insert(speakerUnavailability)
          .values(windows.map((w) => ({ ...w, speakerId: speaker.id, conferenceId })))
          .run();
      return {
        value: speaker,
        audit: {
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
        },
      };
    },
  });
}
