/**
 * The fields of an event in frab's vocabulary, which schedule XML (as elements) and
 * schedule JSON (as members) share; each reader adds its format's own.
 */
export const frabEventFields = [
  "date",
  "start",
  "duration",
  "room",
  "slug",
  "url",
  "title",
  "subtitle",
  "track",
  "type",
  "language",
  "abstract",
  "description",
  "persons",
  "links",
] as const;
