// The CSV template organizers fill in Excel or WPS: one list of columns per
// file, read by the parser, written by the export and described in
// docs/csv-template.md. Plain data, no framework imports.

export interface CsvColumn {
  /** The header word, lowercase ASCII. */
  readonly name: string;
  /** One line for the docs and the admin page. */
  readonly description: string;
  /** An import refuses a header without this column. */
  readonly required?: boolean;
  /** `export`: written by the export and ignored by an import; `import`: read by an import only. */
  readonly only?: "export" | "import";
  /** Organizers' eyes only: why the export is admin-only. */
  readonly private?: boolean;
}

/** How the template writes a local date-time of the conference. */
export const LOCAL_DATE_TIME_FORMAT = "YYYY-MM-DD HH:MM";

/** Separates the items of a list cell (people, guids, links, unavailability); the full-width `；` is read too. */
export const LIST_SEPARATOR = "; ";

export const sessionColumns = [
  {
    name: "guid",
    description:
      "The session's identity (a UUID); empty for a new session. Keep it to update the same session on the next import.",
  },
  { name: "title", required: true, description: "Title in the conference's language." },
  { name: "title_en", description: "English title; empty when there is none." },
  { name: "abstract", description: "Abstract in the conference's language; line breaks allowed inside quotes." },
  { name: "abstract_en", description: "English abstract." },
  {
    name: "start",
    required: true,
    description: `Start, local time of the conference (${LOCAL_DATE_TIME_FORMAT}); an import also takes an ISO instant with offset (2017-12-01T09:00+08:00).`,
  },
  { name: "end", description: `End, same format as start; may be empty on import when duration is given.` },
  { name: "duration", only: "import", description: "Length in whole minutes, read when end is empty." },
  { name: "room", required: true, description: "Room name; new names create rooms." },
  { name: "track", description: "Track name; empty for none." },
  { name: "forum", description: "Forum slug (lowercase letters, digits, hyphens); optional." },
  { name: "forum_name", description: "Forum name, used when the forum is new; optional." },
  {
    name: "type",
    description: "Podium kind (keynote, talk, panel, ceremony, break, other) or a free word; empty = talk.",
  },
  { name: "language", description: "Language tag of the session, e.g. zh or en." },
  {
    name: "status",
    description:
      "confirmed, cancelled or draft on export; an import takes confirmed or cancelled (empty = confirmed) and skips draft rows.",
  },
  {
    name: "speakers",
    description:
      "People in order, `Name [role]` separated by `;`; roles speaker, moderator, panelist, host; no role = speaker.",
  },
  {
    name: "speaker_guids",
    description: "The people's guids (UUIDs) in the same order; optional, empty items allowed.",
  },
] as const satisfies readonly CsvColumn[];

export const speakerColumns = [
  {
    name: "guid",
    description: "The speaker's identity (a UUID); an import matches by guid, else by slug, else adds a speaker.",
  },
  { name: "slug", description: "Address of the profile page (lowercase letters, digits, hyphens)." },
  { name: "name", required: true, description: "Name as printed in the programme." },
  { name: "name_en", description: "English name." },
  { name: "position", description: "Position (职务), shown beside the name." },
  { name: "position_en", description: "English position." },
  { name: "organization", description: "Organization (单位), shown beside the name." },
  { name: "organization_en", description: "English organization." },
  { name: "bio", description: "Biography; line breaks allowed inside quotes." },
  { name: "bio_en", description: "English biography." },
  {
    name: "links",
    description:
      "Web links, `kind url` separated by `;` (kinds: website, weibo, wechat, linkedin, x, github, other); http(s) only.",
  },
  { name: "photo", description: "Photo address: https://… or one uploaded to Podium (/media/photos/…)." },
  {
    name: "account_email",
    only: "export",
    private: true,
    description: "E-mail of the account that may edit the profile; export only.",
  },
  {
    name: "sessions",
    only: "export",
    description: "Number of sessions the speaker takes part in at this conference; export only.",
  },
  {
    name: "unavailability",
    private: true,
    description: `Times the speaker cannot be scheduled at this conference, local time, \`${LOCAL_DATE_TIME_FORMAT}–${LOCAL_DATE_TIME_FORMAT} note\` separated by \`;\`.`,
  },
] as const satisfies readonly CsvColumn[];

export type SessionColumn = (typeof sessionColumns)[number]["name"];
export type SpeakerColumn = (typeof speakerColumns)[number]["name"];
type Written<Columns extends readonly CsvColumn[]> = Exclude<Columns[number], { only: "import" }>["name"];
/** The columns an export fills: every one but the import-only ones. */
export type SessionExportColumn = Written<typeof sessionColumns>;
export type SpeakerExportColumn = Written<typeof speakerColumns>;

/** The header an export writes, in template order. */
export const exportHeader = (columns: readonly CsvColumn[]): string[] =>
  columns.filter((c) => c.only !== "import").map((c) => c.name);
