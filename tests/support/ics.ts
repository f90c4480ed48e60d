// Reading iCalendar output back in tests: just enough of RFC 5545 to find events and their properties.

/** Content lines with folding undone (RFC 5545 §3.1). */
export function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** The unfolded lines inside each VEVENT. */
export function parseEvents(ics: string): string[][] {
  const found: string[][] = [];
  let current: string[] | null = null;
  for (const line of unfold(ics)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      found.push(current);
      current = null;
    } else current?.push(line);
  }
  return found;
}

/** The value of a property, its parameters part of the name: prop(e, "DTSTART;TZID=Asia/Shanghai"). */
export function prop(lines: string[], name: string): string | undefined {
  return lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
}

export function eventByUid(ics: string, uid: string): string[] {
  const event = parseEvents(ics).find((e) => prop(e, "UID") === uid);
  if (!event) throw new Error(`no event with UID ${uid}`);
  return event;
}
