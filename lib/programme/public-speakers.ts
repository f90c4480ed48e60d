import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import type { ProgrammeView, SpeakerView } from "./programme-view";

// A speaker is public only through a published session: one who takes part in none is not shown,
// searched or linked, whatever the release holds of them.

/** The speakers of a release who take part in one of its sessions. */
export function publicSpeakers(snapshot: ReleaseSnapshot): ReleaseSnapshot["speakers"] {
  const taking = new Set(snapshot.sessions.flatMap((s) => s.people.map((p) => p.speakerId)));
  return snapshot.speakers.filter((s) => taking.has(s.id));
}

/** The same of a programme's view, where people are named by slug. */
export function publicSpeakersOfView(view: ProgrammeView): SpeakerView[] {
  const taking = new Set(view.sessions.flatMap((s) => s.people.map((p) => p.slug)));
  return view.speakers.filter((s) => taking.has(s.slug));
}
