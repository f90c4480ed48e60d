import { z } from "zod";
import { slugSchema } from "@/lib/slug";
import { examples } from "./examples";
import { pageParams, sessionListParams, type QueryParam } from "./query";
import {
  conferenceItemSchema,
  conferencePageSchema,
  forumItemSchema,
  forumPageSchema,
  releasePageSchema,
  sessionItemSchema,
  sessionPageSchema,
  speakerItemSchema,
  speakerPageSchema,
} from "./schemas";

// Every route under /api/v1, described once: the OpenAPI document and the
// documentation page are both built from this list, and a test checks it
// against the route files.

export interface PathParam {
  name: string;
  schema: z.ZodType;
  description: string;
  example: string;
}

export interface Endpoint {
  operationId: string;
  /** As OpenAPI writes it: `/api/v1/conferences/{conference}`. */
  path: string;
  tag: "Conferences" | "Programme" | "About the API";
  summary: string;
  description: string;
  pathParams: PathParam[];
  query: Record<string, QueryParam>;
  /** A schema of lib/api/schemas.ts, or a document that is not JSON data. */
  response: { schema: z.ZodType } | { mediaType: "application/json" | "text/html"; description: string };
  example?: { request: string; response: unknown };
}

export const apiIntroduction =
  "Read-only access to what Podium has published: conferences, their forums, sessions, speakers and releases. Drafts and unpublished conferences never appear.";

/** What holds for every endpoint, in Markdown (backticks and bold only). */
export const conventions = [
  "**Ids** are stable: a session's `guid`, everyone else's `slug`; never a database row number.",
  "**Times**: `startsAt`/`endsAt` are UTC instants; `localStartsAt`/`localEndsAt` are the conference's wall clock with its offset.",
  "**Texts** are in the conference's `defaultLocale`; `translations` holds the other languages.",
  "**Lists** come as `data` and `page`: `limit` (1–200, default 50), `offset`, `total` over all pages, and the address of the `next` page or null.",
  "**Changes**: a session's `changedAt` is when a release first published it as it is now (its version and every field but its people's names). Ask `sessions?changedSince=` with the latest one you hold.",
  "**Caching**: every 200 carries a strong `ETag`; send it back in `If-None-Match` to get 304. `Cache-Control: public, max-age=60, stale-while-revalidate=300`.",
  "**CORS**: any origin may use GET and HEAD; OPTIONS answers preflights.",
  "**Errors** are JSON with `error.code`, `error.message` and, on 400, `error.parameter` naming the refused query parameter; status 400, 404 or 500.",
];

const conference: PathParam = {
  name: "conference",
  schema: slugSchema,
  description: "The conference's slug.",
  example: "china-netav-2017",
};
const forum: PathParam = {
  name: "forum",
  schema: slugSchema,
  description: "The forum's slug.",
  example: "web-drama-summit",
};
const session: PathParam = {
  name: "session",
  schema: z.guid(),
  description: "The session's guid.",
  example: examples.getSession.response.data.guid,
};
const speaker: PathParam = {
  name: "speaker",
  schema: slugSchema,
  description: "The speaker's slug.",
  example: "wang-bin",
};

const base = "/api/v1/conferences/{conference}";

export const endpoints: Endpoint[] = [
  {
    operationId: "listConferences",
    path: "/api/v1/conferences",
    tag: "Conferences",
    summary: "List published conferences",
    description:
      "Conferences with at least one published release: those not over yet first, soonest first; then past ones, latest first.",
    pathParams: [],
    query: pageParams,
    response: { schema: conferencePageSchema },
    example: examples.listConferences,
  },
  {
    operationId: "getConference",
    path: base,
    tag: "Conferences",
    summary: "Get a conference",
    description:
      "A published conference as its latest release shows it, with links to its forums, sessions, speakers and releases.",
    pathParams: [conference],
    query: {},
    response: { schema: conferenceItemSchema },
    example: examples.getConference,
  },
  {
    operationId: "listForums",
    path: `${base}/forums`,
    tag: "Programme",
    summary: "List forums",
    description:
      "The forums, summits and other activities of the latest release, by date and then in the organizers' order.",
    pathParams: [conference],
    query: pageParams,
    response: { schema: forumPageSchema },
    example: examples.listForums,
  },
  {
    operationId: "getForum",
    path: `${base}/forums/{forum}`,
    tag: "Programme",
    summary: "Get a forum",
    description: "One forum with its organizations.",
    pathParams: [conference, forum],
    query: {},
    response: { schema: forumItemSchema },
    example: examples.getForum,
  },
  {
    operationId: "listSessions",
    path: `${base}/sessions`,
    tag: "Programme",
    summary: "List sessions",
    description:
      "The sessions of the latest release in time order, then by room. Filters combine with AND. To stay in sync, keep the latest `changedAt` you have seen and ask again with `changedSince`.",
    pathParams: [conference],
    query: sessionListParams,
    response: { schema: sessionPageSchema },
    example: examples.listSessions,
  },
  {
    operationId: "getSession",
    path: `${base}/sessions/{session}`,
    tag: "Programme",
    summary: "Get a session",
    description: "One session by its guid, which never changes.",
    pathParams: [conference, session],
    query: {},
    response: { schema: sessionItemSchema },
    example: examples.getSession,
  },
  {
    operationId: "listSpeakers",
    path: `${base}/speakers`,
    tag: "Programme",
    summary: "List speakers",
    description:
      "Everyone on the programme of the latest release, by slug. Speakers' own profile edits show here at once, without a new release.",
    pathParams: [conference],
    query: pageParams,
    response: { schema: speakerPageSchema },
    example: examples.listSpeakers,
  },
  {
    operationId: "getSpeaker",
    path: `${base}/speakers/{speaker}`,
    tag: "Programme",
    summary: "Get a speaker",
    description: "One speaker with the guids of their sessions.",
    pathParams: [conference, speaker],
    query: {},
    response: { schema: speakerItemSchema },
    example: examples.getSpeaker,
  },
  {
    operationId: "listReleases",
    path: `${base}/releases`,
    tag: "Programme",
    summary: "List releases",
    description:
      "Every published version of the programme, newest first, with how many sessions it added, changed and removed.",
    pathParams: [conference],
    query: pageParams,
    response: { schema: releasePageSchema },
    example: examples.listReleases,
  },
  {
    operationId: "getOpenApiDocument",
    path: "/api/v1/openapi.json",
    tag: "About the API",
    summary: "This API as an OpenAPI 3.1 document",
    description: "Generated from the same schemas that check every response.",
    pathParams: [],
    query: {},
    response: { mediaType: "application/json", description: "An OpenAPI 3.1.0 document." },
  },
  {
    operationId: "getDocumentation",
    path: "/api/v1/docs",
    tag: "About the API",
    summary: "This documentation as a web page",
    description: "Every endpoint with its parameters and an example from the demo conference.",
    pathParams: [],
    query: {},
    response: { mediaType: "text/html", description: "An HTML page." },
  },
];
