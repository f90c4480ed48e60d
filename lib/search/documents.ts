import type { Translations } from "@/lib/domain/translations";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";

export type SearchDocumentKind = "session" | "speaker";
export type SearchField = "title" | "subtitle" | "body";

/**
 * What search indexes for one session or speaker of a release. Each field
 * holds the original and every translation, one text per line.
 */
export interface SearchDocument extends Record<SearchField, string> {
  kind: SearchDocumentKind;
  /** Session guid or speaker slug. */
  ref: string;
  /** Tie-break among equal scores: a session's start (ISO, UTC), a speaker's name. */
  sortKey: string;
}

type Translated<Field extends string> = { [K in Field]: string } & { translations: Translations<Field> };

function texts<Field extends string>(entity: Translated<Field>, field: Field): string[] {
  return [entity[field], ...Object.values(entity.translations).map((t) => t?.[field] ?? "")];
}

function lines(values: string[]): string {
  const kept = values.map((v) => v.normalize("NFKC").trim()).filter((v) => v !== "");
  return [...new Set(kept)].join("\n");
}

/** The documents of a release: its sessions (cancelled ones too; pages mark them) and its speakers. */
export function buildSearchDocuments(snapshot: ReleaseSnapshot): SearchDocument[] {
  const sessions = snapshot.sessions.map((s): SearchDocument => ({
    kind: "session",
    ref: s.guid,
    sortKey: s.startsAt,
    title: lines(texts(s, "title")),
    subtitle: "",
    body: lines(texts(s, "abstract")),
  }));
  const speakers = snapshot.speakers.map((s): SearchDocument => ({
    kind: "speaker",
    ref: s.slug,
    sortKey: s.name,
    title: lines(texts(s, "name")),
    subtitle: lines([...texts(s, "position"), ...texts(s, "organization")]),
    body: lines(texts(s, "bio")),
  }));
  return [...sessions, ...speakers];
}
