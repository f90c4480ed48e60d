import type { SessionRole } from "@/lib/domain/vocabulary";

// Moderators and hosts open a panel's line-up; the order within a role is the organizers'.
const roleOrder: Record<SessionRole, number> = { host: 0, moderator: 1, speaker: 2, panelist: 3 };

/** A session's people as its line-up shows them, wherever a session is shown. */
export function inLineUpOrder<P extends { role: SessionRole }>(people: readonly P[]): P[] {
  return people
    .map((p, index) => ({ p, index }))
    .sort((a, b) => roleOrder[a.p.role] - roleOrder[b.p.role] || a.index - b.index)
    .map(({ p }) => p);
}
