import type { SessionRole } from "@/lib/domain/vocabulary";
import type { GeneratedSpeaker } from "./generate-people";
import type { Random } from "./random";

export type Casting = Array<{ speaker: GeneratedSpeaker; role: SessionRole }>;

/**
 * Fills each session's roles so that every speaker takes part at least once:
 * fresh people first (foreign guests to English sessions), then people drawn
 * again at random — who may then be booked twice at once, as in real drafts —
 * and anyone still left joins a talk as a co-speaker.
 */
export function assignSpeakers(random: Random, people: readonly GeneratedSpeaker[], sessions: Array<{ roles: SessionRole[]; english: boolean }>): Casting[] {
  const foreign = random.shuffle(people.filter((p) => p.foreign));
  const local = random.shuffle(people.filter((p) => !p.foreign));
  const casting: Casting[] = sessions.map(() => []);
  // In random order, so the people drawn a second time are spread over the days.
  for (const i of random.shuffle(sessions.map((_, i) => i))) {
    const { roles, english } = sessions[i]!;
    for (const role of roles) {
      const speaker = (english ? foreign.pop() : undefined) ?? local.pop() ?? foreign.pop() ?? drawAgain(random, people, casting[i]!);
      if (speaker) casting[i]!.push({ speaker, role });
    }
  }

  const left = [...local, ...foreign];
  if (left.length === 0) return casting;
  const talks = random.shuffle(sessions.flatMap((s, i) => (s.roles.includes("speaker") ? [i] : [])));
  const takers = talks.length > 0 ? talks : sessions.flatMap((s, i) => (s.roles.length > 0 ? [i] : []));
  if (takers.length === 0) throw new RangeError("No session takes speakers: generate more sessions");
  left.forEach((speaker, k) => casting[takers[k % takers.length]!]!.push({ speaker, role: "speaker" }));
  return casting;
}

/** Someone already cast elsewhere, not yet in this session; none after a few tries in a tiny programme. */
function drawAgain(random: Random, people: readonly GeneratedSpeaker[], cast: Casting): GeneratedSpeaker | undefined {
  for (let attempt = 0; attempt < 10; attempt++) {
    const speaker = random.pick(people);
    if (!cast.some((c) => c.speaker === speaker)) return speaker;
  }
  return undefined;
}
