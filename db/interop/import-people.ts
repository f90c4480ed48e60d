import { eq } from "drizzle-orm";
import { speakers } from "../schema";
import { isUuid } from "@/lib/interop/guids";
import { personGuid, personKey, uniqueSlug } from "@/lib/interop/import-plan";
import { countFound } from "@/lib/interop/import-summary";
import type { ImportTarget } from "./import-places";

/**
 * The people a schedule names, as speakers of the conference: found by guid among the
 * conference's own profiles (a guid another conference uses is a profile of that one, and
 * this one gets a row of its own), a person without any id by name; the others are added.
 * Returns each person's speaker id by the key that makes two mentions one person.
 */
export function upsertSpeakers(
  { t, conferenceId, document, summary }: ImportTarget,
  userId: number | null,
): Map<string, number> {
  const ours = t.select().from(speakers).where(eq(speakers.conferenceId, conferenceId)).all();
  const here = new Map(ours.map((s) => [s.name, s.guid]));
  const people = new Map<string, { guid: string; name: string }>();
  for (const e of document.events) {
    for (const p of e.persons) {
      const name = p.name.trim();
      if (!name || people.has(personKey(p))) continue;
      const anonymous = !isUuid(p.guid) && p.id === null;
      const guid = (anonymous ? here.get(name) : undefined) ?? personGuid(document.conference.acronym, p);
      people.set(personKey(p), { guid, name });
    }
  }
  const found = new Map(ours.map((s) => [s.guid, s]));
  const taken = new Set(ours.map((s) => s.slug));
  const ids = new Map<string, number>();
  const done = new Set<string>();
  for (const [key, person] of people) {
    const speaker = found.get(person.guid);
    if (speaker) {
      ids.set(key, speaker.id);
      if (done.has(person.guid)) continue;
      done.add(person.guid);
      // The profile may be the speaker's own by now: an import corrects only a changed name.
      const renamed = speaker.name !== person.name && speaker.userId === null;
      if (renamed) t.update(speakers).set({ name: person.name }).where(eq(speakers.id, speaker.id)).run();
      countFound(summary, "speakers", renamed);
      continue;
    }
    const created = t
      .insert(speakers)
      .values({
        conferenceId,
        guid: person.guid,
        name: person.name,
        slug: uniqueSlug(person.name, "speaker", taken),
        createdByUserId: userId,
      })
      .returning()
      .get();
    found.set(person.guid, created);
    done.add(person.guid);
    ids.set(key, created.id);
    summary.created.speakers += 1;
  }
  return ids;
}
