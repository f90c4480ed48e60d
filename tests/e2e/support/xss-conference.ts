import { eq } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import type { Db } from "@/db/connection";
import { insertRelease } from "@/db/releases/publish";
import {
  conferences,
  forumOrganizations,
  forums,
  organizations,
  rooms,
  sessionPeople,
  sessions,
  speakers,
  tracks,
} from "@/db/schema";
import { xssPayloads } from "../../support/xss-corpus";
import { toText } from "hast-util-to-text";
import { isHtml, sanitizeHtml } from "@/lib/programme/rich-text";

// A published conference whose every text field carries XSS payloads, written straight
// into the served database: the pages must show each payload as text and run none.

/** What every payload tries to do; the page's `window.__xss` tells whether one ran. */
export const MARKER = "window.__xss=1";

/** A corpus payload with `alert(1)` made to set the marker, inside base64 data: URLs too. */
function marked(payload: string): string {
  const swap = (s: string) => s.replaceAll("alert(1)", MARKER);
  return swap(
    payload.replace(
      /;base64,([A-Za-z0-9+/=]+)/g,
      (_, b64: string) =>
        `;base64,${Buffer.from(swap(Buffer.from(b64, "base64").toString("utf8"))).toString("base64")}`,
    ),
  );
}

/** Ways out of the places text lands in: attributes, <title>, <textarea>, inline scripts, templates, double decoding. */
const breakouts = [
  `"><svg onload=${MARKER}>`,
  `'><img src=x onerror=${MARKER}>`,
  `" autofocus onfocus="${MARKER}" x="`,
  `' autofocus onfocus='${MARKER}' x='`,
  `</title><script>${MARKER}</script>`,
  `</textarea><img src=x onerror=${MARKER}>`,
  `</script><script>${MARKER}</script>`,
  `\u2028</script>\u2029<script>${MARKER}</script>`,
  `javascript:${MARKER}`,
  `{{constructor.constructor('${MARKER}')()}}`,
  `\${${MARKER}}`,
  `&lt;img src=x onerror=${MARKER}&gt;`,
  `%3Cscript%3E${MARKER}%3C/script%3E`,
];

export const markedPayloads: readonly string[] = [...new Set([...xssPayloads.map(marked), ...breakouts])];

// A probe heads each field: one payload and the field's name, shown whole wherever the field is.
const probeShapes = [
  `<img src=x onerror="${MARKER}">`,
  `"><svg onload=${MARKER}>`,
  `<script>${MARKER}</script>`,
  `' autofocus onfocus='${MARKER}' x='`,
];
const lineFields = [
  ...["name", "theme", "city", "venue"].flatMap((f) => [`conference.${f}`, `conference.en.${f}`]),
  "forum.name",
  "forum.theme",
  "room.name",
  "track.name",
  "organization.name",
  ...[1, 2, 3].flatMap((n) => [
    `session${n}.title`,
    `session${n}.en.title`,
    `speaker${n}.name`,
    `speaker${n}.position`,
    `speaker${n}.organization`,
    `speaker${n}.link1`,
    `speaker${n}.link2`,
  ]),
  "session3.title.v1",
  "audit.title",
  "audit.before",
  "audit.after",
];
const textFields = [
  "conference.description",
  "conference.en.description",
  "forum.description",
  ...[1, 2, 3].flatMap((n) => [`session${n}.abstract`, `session${n}.en.abstract`, `speaker${n}.bio`]),
];
const markdownFields = new Set(["speaker1.bio", "speaker2.bio", "speaker3.bio"]);

/** Deals the payloads round the fields, so that every payload lands in one at least. */
function spread(payloads: readonly string[], fields: readonly string[]): Map<string, string[]> {
  const dealt = new Map(fields.map((f) => [f, [] as string[]]));
  payloads.forEach((p, i) => dealt.get(fields[i % fields.length]!)!.push(p));
  return dealt;
}
const singleLine = markedPayloads.filter((p) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(p));
const lineChunks = spread(singleLine, lineFields);
const textChunks = spread(markedPayloads, textFields);

/** The probe as the page shows it: Markdown shows `&lt;` as `<`, plain text shows what was typed. */
export function shown(field: string): string {
  if (markdownFields.has(field)) return `<script>${MARKER}</script> xss:${field}`;
  const index = [...lineFields, ...textFields].indexOf(field);
  if (index < 0) throw new Error(`no field ${field}`);
  return `${probeShapes[index % probeShapes.length]} xss:${field}`;
}

/**
 * The probe as a public page shows an abstract or a description: one that holds HTML (as imported
 * schedules carry) is rendered through the sanitizer (lib/programme/rich-text.ts), so its tags are
 * not text there; the reader sees the words that remain.
 */
export function shownRich(field: string): string {
  if (!isHtml(stored(field))) return shown(field);
  // The probe's part of the sanitized tree, as the page renders it.
  return toText(sanitizeHtml(shown(field))).trim();
}

/** The stored value of a field: its probe, then its share of the corpus. */
export function stored(field: string): string {
  if (markdownFields.has(field))
    return [`&lt;script&gt;${MARKER}&lt;/script&gt; xss:${field}`, ...textChunks.get(field)!].join("\n\n");
  if (textChunks.has(field)) return [shown(field), ...textChunks.get(field)!].join("\n\n");
  return [shown(field), ...lineChunks.get(field)!].join(" ");
}

export const XSS_SLUG = "e2e-xss";
export const XSS_DAY = "2031-05-20";
/** A word of the first session's title, to search for. */
export const SEARCH_WORD = "Xylophone";
export const FIRST_VERSION = `<svg onload=${MARKER}>v1`;

export interface XssConference {
  conferenceId: number;
  sessions: Array<{ id: number; guid: string }>;
  speakers: Array<{ id: number; slug: string }>;
}

/** Writes the conference and publishes its first release; the second comes through the workspace. */
export async function createXssConference(db: Db): Promise<XssConference> {
  const en = (fields: string[], prefix: string) =>
    Object.fromEntries(fields.map((f) => [f, stored(`${prefix}.en.${f}`)]));
  const conferenceId = db
    .insert(conferences)
    .values({
      slug: XSS_SLUG,
      name: stored("conference.name"),
      theme: stored("conference.theme"),
      description: stored("conference.description"),
      city: stored("conference.city"),
      venue: stored("conference.venue"),
      timeZone: "Asia/Shanghai",
      startDate: XSS_DAY,
      endDate: XSS_DAY,
      defaultLocale: "zh-CN",
      published: true,
      website: "https://example.org/xss",
      translations: { en: en(["name", "theme", "description", "city", "venue"], "conference") },
    })
    .returning()
    .get().id;
  const organizationId = db
    .insert(organizations)
    .values({ slug: "e2e-xss-org", name: stored("organization.name") })
    .returning()
    .get().id;
  const forumId = db
    .insert(forums)
    .values({
      conferenceId,
      slug: "xss-forum",
      name: stored("forum.name"),
      theme: stored("forum.theme"),
      description: stored("forum.description"),
      date: XSS_DAY,
    })
    .returning()
    .get().id;
  db.insert(forumOrganizations).values({ forumId, organizationId, role: "organizer" }).run();
  const roomId = db
    .insert(rooms)
    .values({ conferenceId, slug: "xss-room", name: stored("room.name") })
    .returning()
    .get().id;
  const trackId = db
    .insert(tracks)
    .values({ conferenceId, slug: "xss-track", name: stored("track.name"), color: "#1d4ed8" })
    .returning()
    .get().id;

  const people = [1, 2, 3].map((n) =>
    db
      .insert(speakers)
      .values({
        conferenceId,
        slug: `e2e-xss-speaker-${n}`,
        name: stored(`speaker${n}.name`),
        position: stored(`speaker${n}.position`),
        organization: stored(`speaker${n}.organization`),
        organizationId: n === 1 ? organizationId : null,
        bio: stored(`speaker${n}.bio`),
        // Addresses stay real web addresses: the payloads go in the labels.
        links: [
          { kind: "website", url: `https://example.org/xss/${n}`, label: stored(`speaker${n}.link1`) },
          { kind: "other", url: `http://example.org/xss/${n}/more`, label: stored(`speaker${n}.link2`) },
        ],
      })
      .returning()
      .get(),
  );
  const programme = [1, 2, 3].map((n) => {
    const title =
      n === 3
        ? stored("session3.title.v1")
        : n === 1
          ? `${stored("session1.title")} ${SEARCH_WORD}`
          : stored(`session${n}.title`);
    const startsAt = new Date(`${XSS_DAY}T0${n}:00:00Z`);
    const session = db
      .insert(sessions)
      .values({
        forumId,
        roomId,
        trackId,
        kind: "talk",
        status: "confirmed",
        title,
        abstract: stored(`session${n}.abstract`),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 45 * 60_000),
        translations: {
          en: {
            title: n === 1 ? `${stored("session1.en.title")} ${SEARCH_WORD}` : stored(`session${n}.en.title`),
            abstract: stored(`session${n}.en.abstract`),
          },
        },
      })
      .returning()
      .get();
    // Each session has its own speaker, and the first one all three.
    for (const [position, speaker] of (n === 1 ? people : [people[n - 1]!]).entries())
      db.insert(sessionPeople)
        .values({ sessionId: session.id, speakerId: speaker.id, role: "speaker", position })
        .run();
    return session;
  });
  await insertRelease(db, { conferenceId, version: FIRST_VERSION, userId: null });

  // After the first release: a new title for the third session, for the changelog, and an audit entry.
  db.update(sessions)
    .set({ title: stored("session3.title"), version: 2 })
    .where(eq(sessions.id, programme[2]!.id))
    .run();
  recordAudit(db, {
    userId: null,
    conferenceId,
    action: "session.update",
    entityType: "session",
    // A session deleted since: the log names it by the title the entry kept (a live one by its current title).
    entityId: programme[2]!.id + 1000,
    changes: { title: { before: stored("audit.before"), after: stored("audit.after") } },
    details: { title: stored("audit.title") },
  });
  return {
    conferenceId,
    sessions: programme.map((s) => ({ id: s.id, guid: s.guid })),
    speakers: people.map((s) => ({ id: s.id, slug: s.slug })),
  };
}
