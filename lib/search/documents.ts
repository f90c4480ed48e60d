import type { Translations } from "@/lib/domain/translations";
import { publicSpeakers } from "@/lib/programme/public-speakers";
import { richTextToPlain } from "@/lib/programme/rich-text";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";

export type SearchDocumentKind = "forum" | "session" | "speaker";
export type SearchField = "title" | "subtitle" | "body";

/**
 * What search indexes for one forum, session or speaker of a release. Each
 * field holds the original and every translation, one text per line.
 */
export interface SearchDocument extends Record<SearchField, string> {
  kind: SearchDocumentKind;
  /** Forum slug, session guid or speaker slug. */
  ref: string;
  /** Tie-break among equal scores: a forum's date and place, a session's start (ISO, UTC), a speaker's name. */
  sortKey: string;
}

/**
 * The shape of the documents. Stored with the index (db/search/index-release.ts):
 * a database indexed under an older one is reindexed when it is migrated.
 */
export const SEARCH_INDEX_VERSION = 2;

type Translated<Field extends string> = { [K in Field]: string } & { translations: Translations<Field> };

function texts<Field extends string>(entity: Translated<Field>, field: Field): string[] {
  return [entity[field], ...Object.values(entity.translations).map((t) => t?.[field] ?? "")];
}

function lines(values: string[]): string {
  const kept = values.map((v) => v.normalize("NFKC").trim()).filter((v) => v !== "");
  return [...new Set(kept)].join("\n");
}

// Imported abstracts and descriptions are HTML: their words are indexed, not their tags.
const plain = (values: string[]) => lines(values.map(richTextToPlain));

/**
 * The documents of a release: its forums, its sessions (cancelled ones too;
 * pages mark them) and the speakers who take part in one (the others have no
 * public page).
 */
export function buildSearchDocuments(snapshot: ReleaseSnapshot): SearchDocument[] {
  const organizationById = new Map(snapshot.organizations.map((o) => [o.id, o]));
  const forums = snapshot.forums.map((f): SearchDocument => {
    const organizations = f.organizations.flatMap(({ organizationId }) => {
      const o = organizationById.get(organizationId);
      return o ? [...texts(o, "name"), ...texts({ ...o, shortName: o.shortName ?? "" }, "shortName")] : [];
    });
    return {
      kind: "forum",
      ref: f.slug,
      sortKey: `${f.date}#${String(f.position).padStart(6, "0")}`,
      title: lines(texts(f, "name")),
      subtitle: lines([...texts(f, "theme"), ...organizations]),
      body: plain(texts(f, "description")),
    };
  });
  const sessions = snapshot.sessions.map((s): SearchDocument => ({
    kind: "session",
    ref: s.guid,
    sortKey: s.startsAt,
    title: lines(texts(s, "title")),
    subtitle: "",
    body: plain(texts(s, "abstract")),
  }));
  const speakers = publicSpeakers(snapshot).map((s): SearchDocument => ({
    kind: "speaker",
    ref: s.slug,
    sortKey: s.name,
    title: lines(texts(s, "name")),
    subtitle: lines([...texts(s, "position"), ...texts(s, "organization")]),
    body: lines(texts(s, "bio")),
  }));
  return [...forums, ...sessions, ...speakers];
}
