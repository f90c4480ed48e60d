// Schedule XML made to measure for import tests: events on days and rooms of a
// conference in Europe/Brussels (+01:00 in winter), each on lines of its own.

export interface EventSpec {
  id: number;
  /** Local start, `2030-02-01T10:00`; absent: the event has neither <date> nor <start>. */
  at?: string;
  /** `HH:MM`; default 00:30. */
  duration?: string;
  room?: string;
  track?: string;
  title: string;
  persons?: Array<[id: number, name: string]>;
  /** Default: uuidOf(id). */
  guid?: string;
  /** Raw XML inside <event>. */
  extra?: string;
}

/** A distinct UUID per event id (session guids are unique across conferences). */
export const uuidOf = (id: number) => `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`;

/** The 1-based line of the first line containing `needle`. */
export const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

export function scheduleXml(
  acronym: string,
  events: EventSpec[],
  options: { version?: boolean; conferenceExtra?: string } = {},
): string {
  const dateOf = (e: EventSpec) => e.at?.slice(0, 10) ?? "2030-02-01";
  const roomOf = (e: EventSpec) => e.room ?? "Hall A";
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>"];
  if (options.version !== false) lines.push("  <version>1.0</version>");
  lines.push(
    "  <conference>",
    `    <acronym>${acronym}</acronym>`,
    `    <title>Conference ${acronym}</title>`,
    "    <time_zone_name>Europe/Brussels</time_zone_name>",
  );
  if (options.conferenceExtra) lines.push(`    ${options.conferenceExtra}`);
  lines.push("  </conference>");
  for (const [index, date] of [...new Set(events.map(dateOf))].entries()) {
    lines.push(`  <day index="${index + 1}" date="${date}">`);
    const onDay = events.filter((e) => dateOf(e) === date);
    for (const room of new Set(onDay.map(roomOf))) {
      lines.push(`    <room name="${room}">`);
      for (const e of onDay.filter((x) => roomOf(x) === room)) lines.push(...eventLines(e, room));
      lines.push("    </room>");
    }
    lines.push("  </day>");
  }
  lines.push("</schedule>");
  return lines.join("\n");
}

function eventLines(e: EventSpec, room: string): string[] {
  return [
    `      <event id="${e.id}" guid="${e.guid ?? uuidOf(e.id)}">`,
    ...(e.at ? [`        <date>${e.at}:00+01:00</date>`, `        <start>${e.at.slice(11)}</start>`] : []),
    `        <duration>${e.duration ?? "00:30"}</duration>`,
    `        <room>${room}</room>`,
    `        <title>${e.title}</title>`,
    `        <track>${e.track ?? "Main"}</track>`,
    "        <type>lecture</type>",
    "        <language>en</language>",
    `        <persons>${(e.persons ?? []).map(([id, name]) => `<person id="${id}">${name}</person>`).join("")}</persons>`,
    ...(e.extra ? [`        ${e.extra}`] : []),
    "      </event>",
  ];
}
