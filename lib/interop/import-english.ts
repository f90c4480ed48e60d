import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import type { ImportNote, ImportRefusal, Place, Say } from "./import-report";
import { describeNote, describePlace, describeRefusal } from "./import-report";

// The English words of the import report, from messages/en.json: for the command line,
// which has no viewer, and for the messages of errors that end up in logs.

// Keys are codes chosen at run time, so the messages are read untyped; a unit test checks every code has words.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UntypedMessages = Record<string, any>;
const t = createTranslator({ locale: "en", messages: en as UntypedMessages, namespace: "importReport" });
export const sayInEnglish: Say = (key, values) => t(key, values);

export const placeInEnglish = (place: Place) => describePlace(sayInEnglish, place);
export const refusalInEnglish = (refusal: ImportRefusal) => describeRefusal(sayInEnglish, refusal);

/** A note as the command line prints it: what, how often, where first. */
export const noteInEnglish = (note: ImportNote) => ({
  what: describeNote(sayInEnglish, note),
  where: placeInEnglish(note.at),
  count: note.count,
});
