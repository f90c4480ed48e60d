import { z } from "zod";
import { sessionInsertSchema } from "../../validation";
import { jsonRows, localDateTimeSchema, noRepeatedRole, optionalId, type FormInput } from "@/lib/admin/form-input";
import { sessionKinds, sessionRoles, sessionStatuses } from "@/lib/domain/vocabulary";
import { optionalText } from "../form-fields";

// The session form as the workspace posts it: text in; ids, local date-times and people out.
// Refusals are codes (messages "problems"), so the form says them in the editor's language.

const choice = z.coerce.number("chooseOne").int("chooseOne").positive("chooseOne");
const personRow = z.object({ speakerId: choice, role: z.enum(sessionRoles, "chooseOne") });
const optionalLocalDateTime = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || localDateTimeSchema.safeParse(v).success, "invalidDateTime");

export const sessionFormSchema = z
  .object({
    forumId: choice,
    kind: z.enum(sessionKinds, "chooseOne"),
    status: z.enum(sessionStatuses, "chooseOne"),
    title: sessionInsertSchema.shape.title,
    titleEn: optionalText(300),
    abstract: optionalText(20_000),
    abstractEn: optionalText(20_000),
    language: z.string().trim().default("zh").pipe(sessionInsertSchema.shape.language),
    trackId: optionalId,
    roomId: optionalId,
    startsAt: optionalLocalDateTime,
    endsAt: optionalLocalDateTime,
    people: jsonRows(personRow, 100).superRefine(noRepeatedRole("speakerId")),
  })
  .refine((s) => (s.startsAt === "") === (s.endsAt === ""), { path: ["endsAt"], message: "startAndEndTogether" });
export type SessionForm = FormInput<typeof sessionFormSchema>;
