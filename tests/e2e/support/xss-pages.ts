// The pages the XSS test visits, and which of the fixture's payloads each must show as text.
import {
  FIRST_VERSION,
  MARKER,
  SEARCH_WORD,
  shown,
  shownRich,
  XSS_DAY,
  XSS_SLUG,
  type XssConference,
} from "./xss-conference";

/** Typed into the workspace's publish form (at most 40 characters). */
export const SECOND_VERSION = `"><img src=x onerror=${MARKER}>v2`;
/** Typed into the search box: reflected in the page. */
export const SEARCHED = `"><img src=x onerror=${MARKER}>`;

export interface PageCase {
  name: string;
  path: (f: XssConference) => string;
  shows: (f: XssConference) => string[];
}

/** The public pages in one language: English shows the translations where there are some. */
export function publicPages(en: boolean): PageCase[] {
  const conf = (field: string) =>
    (field === "description" ? shownRich : shown)(en ? `conference.en.${field}` : `conference.${field}`);
  const title = (n: number) => shown(en ? `session${n}.en.title` : `session${n}.title`);
  const titles = [1, 2, 3].map(title);
  const speaker = (n: number) => [`name`, `position`, `organization`].map((f) => shown(`speaker${n}.${f}`));
  const base = `/${XSS_SLUG}`;
  return [
    { name: "home page", path: () => "/", shows: () => ["name", "theme", "city", "venue"].map(conf) },
    {
      name: "conference overview",
      path: () => base,
      shows: () => [
        ...["name", "theme", "description", "city", "venue"].map(conf),
        shown("forum.name"),
        shown("forum.theme"),
        shown("organization.name"),
        shown("room.name"),
        ...[1, 2, 3].map((n) => shown(`speaker${n}.name`)),
        SECOND_VERSION,
      ],
    },
    {
      name: "agenda, list",
      path: () => `${base}/agenda?day=${XSS_DAY}&view=list`,
      shows: () => [conf("name"), ...titles, shown("room.name"), shown("forum.name")],
    },
    {
      name: "agenda, grid",
      path: () => `${base}/agenda?day=${XSS_DAY}&view=grid`,
      shows: () => [...titles, shown("room.name")],
    },
    ...[1, 2, 3].map((n) => ({
      name: `session ${n}`,
      path: (f: XssConference) => `${base}/sessions/${f.sessions[n - 1]!.guid}`,
      shows: () => [
        title(n),
        shownRich(en ? `session${n}.en.abstract` : `session${n}.abstract`),
        shown("room.name"),
        shown("forum.name"),
        shown("track.name"),
        ...speaker(n),
      ],
    })),
    { name: "speakers", path: () => `${base}/speakers`, shows: () => [1, 2, 3].flatMap(speaker) },
    ...[1, 2, 3].map((n) => ({
      name: `speaker ${n}`,
      path: (f: XssConference) => `${base}/speakers/${f.speakers[n - 1]!.slug}`,
      shows: () => [
        ...speaker(n),
        shown(`speaker${n}.bio`),
        shown(`speaker${n}.link1`),
        shown(`speaker${n}.link2`),
        title(n),
      ],
    })),
    {
      name: "forum",
      path: () => `${base}/forums/xss-forum`,
      shows: () => [
        shown("forum.name"),
        shown("forum.theme"),
        shownRich("forum.description"),
        shown("organization.name"),
        ...titles,
      ],
    },
    { name: "search for a word of a title", path: () => `${base}/search?q=${SEARCH_WORD}`, shows: () => [title(1)] },
    {
      name: "search for a payload",
      path: () => `${base}/search?q=${encodeURIComponent(SEARCHED)}`,
      shows: () => [SEARCHED],
    },
    {
      name: "changelog",
      path: () => `${base}/changelog`,
      shows: () => [FIRST_VERSION, SECOND_VERSION, title(3), ...(en ? [] : [shown("session3.title.v1")])],
    },
    {
      name: "my agenda",
      path: (f) => `${base}/my-agenda?sessions=${f.sessions.map((s) => s.guid).join(",")}`,
      shows: () => titles,
    },
    {
      name: "now and next",
      path: () => `${base}/now?at=${XSS_DAY}T01:30:00Z`,
      shows: () => [title(1), title(2), shown("room.name"), shown("forum.name"), shown("speaker1.name")],
    },
    { name: "room screens", path: () => `${base}/screens`, shows: () => [shown("room.name")] },
    {
      name: "room screen",
      path: () => `${base}/screens/xss-room?at=${XSS_DAY}T01:30:00Z`,
      shows: () => [conf("name"), shown("room.name"), shown("forum.name"), ...titles, shown("speaker1.name")],
    },
    { name: "API documentation", path: () => "/api/v1/docs", shows: () => [] },
  ];
}

export const workspacePages: PageCase[] = [
  { name: "conference workspace", path: () => `/admin/${XSS_SLUG}`, shows: () => [shown("conference.name")] },
  {
    name: "sessions",
    path: () => `/admin/${XSS_SLUG}/sessions`,
    shows: () => [1, 2, 3].map((n) => shown(`session${n}.title`)),
  },
  {
    name: "a session's form",
    path: (f) => `/admin/${XSS_SLUG}/sessions/${f.sessions[0]!.id}`,
    shows: () => [
      shown("session1.title"),
      shown("session1.en.title"),
      shown("session1.abstract"),
      shown("session1.en.abstract"),
    ],
  },
  {
    name: "speakers",
    path: () => `/admin/${XSS_SLUG}/speakers`,
    shows: () => [1, 2, 3].map((n) => shown(`speaker${n}.name`)),
  },
  {
    name: "a speaker's form",
    path: (f) => `/admin/${XSS_SLUG}/speakers/${f.speakers[0]!.id}`,
    shows: () => ["name", "position", "organization"].map((field) => shown(`speaker1.${field}`)),
  },
  {
    name: "schedule editor",
    path: () => `/admin/${XSS_SLUG}/schedule?day=${XSS_DAY}`,
    shows: () => [...[1, 2, 3].map((n) => shown(`session${n}.title`)), shown("room.name")],
  },
  {
    name: "audit log",
    path: () => `/admin/${XSS_SLUG}/log`,
    shows: () => [shown("audit.title"), shown("audit.before"), shown("audit.after")],
  },
  { name: "forums", path: () => `/admin/${XSS_SLUG}/forums`, shows: () => [shown("forum.name")] },
  { name: "rooms", path: () => `/admin/${XSS_SLUG}/rooms`, shows: () => [shown("room.name")] },
  { name: "tracks", path: () => `/admin/${XSS_SLUG}/tracks`, shows: () => [shown("track.name")] },
  {
    name: "organizations",
    path: () => "/admin/organizations?q=e2e-xss-org",
    shows: () => [shown("organization.name")],
  },
];
