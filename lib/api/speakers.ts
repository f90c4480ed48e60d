import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import type { ApiSpeaker } from "./schemas";
import { sessionsOfRelease } from "./sessions";
import { absolutePhotoUrl, pickTranslations } from "./text";

/** The speakers of a release by slug, each with the guids of their sessions in time order. */
export function toApiSpeakers(snapshot: ReleaseSnapshot, origin: string): ApiSpeaker[] {
  const sessions = sessionsOfRelease(snapshot);
  return snapshot.speakers
    .slice()
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((s) => ({
      slug: s.slug,
      name: s.name,
      position: s.position,
      organization: s.organization,
      bio: s.bio,
      photo: absolutePhotoUrl(s.photo, origin),
      links: s.links.map((l) =>
        l.label ? { kind: l.kind, url: l.url, label: l.label } : { kind: l.kind, url: l.url },
      ),
      translations: pickTranslations(s.translations, ["name", "position", "organization", "bio"]),
      sessions: sessions
        .filter((session) => session.people.some((p) => p.speaker === s.slug))
        .map((session) => session.guid),
    }));
}
