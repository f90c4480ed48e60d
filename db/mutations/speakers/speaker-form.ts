import { z } from "zod";
import { speakerInsertSchema } from "../../validation";
import { jsonRows, localDateTimeSchema, optionalId, type FormInput } from "@/lib/admin/form-input";
import { speakerLinkKinds } from "@/lib/domain/vocabulary";
import { isStoredPhotoUrl } from "@/lib/photos/photo-url";
import { slugSchema } from "@/lib/slug";
import { optionalText } from "../form-fields";

// The speaker form as the workspace posts it (the speaker's own form is a pick of it).
// Refusals are codes (messages "problems"), so each says itself in the viewer's language.

const linkRow = z.object({
  kind: z.enum(speakerLinkKinds, "chooseOne"),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    // Browsers drop these silently; exports and the API would carry them as stored.
    .refine((v) => !/[\u0000-\u0020\u007f-\u009f]/.test(v), "urlWhitespace"),
});

export const unavailableRow = z
  .object({ startsAt: localDateTimeSchema, endsAt: localDateTimeSchema, note: optionalText(200) })
  .refine((r) => r.endsAt > r.startsAt, { path: ["endsAt"], message: "endMustFollowStart" });

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
      "photoAddress",
    )
    .transform((v) => v || null),
  links: jsonRows(linkRow, 20),
  unavailability: jsonRows(unavailableRow, 50),
});
export type SpeakerForm = FormInput<typeof speakerFormSchema>;
