import type { ReleaseSnapshot } from "@/lib/release/snapshot";

// A placeholder has room for a few words: longer names are not offered as examples.
const MAX_EXAMPLE_LENGTH = 24;
const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);
const fits = (text: string) => hasWord(text) && Array.from(text.trim()).length <= MAX_EXAMPLE_LENGTH;

/**
 * What the search box suggests typing: the conference's own words, in the
 * release's language (the shortest name of a forum with sessions, and a
 * speaker of the first session), each of which search finds. Empty when the
 * release has neither.
 */
export function searchExamples(snapshot: ReleaseSnapshot): string[] {
  const forumsWithSessions = new Set(snapshot.sessions.map((s) => s.forumId));
  const forum = snapshot.forums
    .filter((f) => forumsWithSessions.has(f.id) && fits(f.name))
    .sort(
      (a, b) =>
        Array.from(a.name).length - Array.from(b.name).length ||
        a.date.localeCompare(b.date) ||
        a.position - b.position,
    )[0];
  const speakerById = new Map(snapshot.speakers.map((s) => [s.id, s]));
  const speaker = snapshot.sessions
    .slice()
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.guid.localeCompare(b.guid))
    .flatMap((s) => s.people.map((p) => speakerById.get(p.speakerId)))
    .find((s) => s !== undefined && fits(s.name));
  return [forum?.name.trim(), speaker?.name.trim()].filter((e): e is string => !!e);
}
