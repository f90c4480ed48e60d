/** Sessions grouped by their start instant, in time order, for the list view. */
export function groupByStart<T extends { startsAt: Date }>(sessions: T[]): Array<{ startsAt: Date; sessions: T[] }> {
  const groups: Array<{ startsAt: Date; sessions: T[] }> = [];
  for (const session of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const last = groups.at(-1);
    if (last && last.startsAt.getTime() === session.startsAt.getTime()) last.sessions.push(session);
    else groups.push({ startsAt: session.startsAt, sessions: [session] });
  }
  return groups;
}
