import { z } from "zod";
import { slugSchema } from "@/lib/slug";

/** A query parameter: how it is read, and what the documentation says of it. */
export interface QueryParam<S extends z.ZodType = z.ZodType> {
  schema: S;
  description: string;
  /** The sentence a client gets back when the value is refused. */
  invalid: string;
  example?: string;
}

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number)
    .pipe(z.int().min(min).max(max));

export const maxLimit = 200;
export const defaultLimit = 50;

export const pageParams = {
  limit: {
    schema: wholeNumber(1, maxLimit).meta({ default: defaultLimit }),
    description: `How many items one page holds, 1 to ${maxLimit}; ${defaultLimit} when not given.`,
    invalid: `limit must be a whole number from 1 to ${maxLimit}.`,
    example: "20",
  },
  offset: {
    schema: wholeNumber(0, 999_999_999).meta({ default: 0 }),
    description: "How many matching items to skip; 0 when not given. Follow `page.next` rather than counting.",
    invalid: "offset must be a whole number, 0 or more.",
    example: "0",
  },
} satisfies Record<string, QueryParam>;

export const sessionFilterParams = {
  day: {
    schema: z.iso.date(),
    description: "Only sessions starting on this date, YYYY-MM-DD, in the conference's time zone.",
    invalid: "day must be a date written YYYY-MM-DD.",
    example: "2017-12-01",
  },
  forum: {
    schema: slugSchema,
    description: "Only sessions of the forum with this slug.",
    invalid: "forum must be a forum slug.",
    example: "web-drama-summit",
  },
  room: {
    schema: slugSchema,
    description: "Only sessions in the room with this slug.",
    invalid: "room must be a room slug.",
    example: "forum-hall-1",
  },
  speaker: {
    schema: slugSchema,
    description: "Only sessions in which the speaker with this slug takes part.",
    invalid: "speaker must be a speaker slug.",
    example: "wang-bin",
  },
  changedSince: {
    schema: z.iso.datetime({ offset: true }),
    description:
      "Only sessions whose `changedAt` is strictly later than this instant (ISO 8601 with Z or an offset). Sessions removed from the programme are not listed: compare guids, or read the release counts.",
    invalid: "changedSince must be an ISO 8601 date-time with Z or an offset, e.g. 2017-11-20T02:00:00Z.",
    example: "2017-11-20T02:00:00.000Z",
  },
} satisfies Record<string, QueryParam>;

export const sessionListParams = { ...sessionFilterParams, ...pageParams };

type Values<P extends Record<string, QueryParam>> = { [K in keyof P]?: z.output<P[K]["schema"]> };
export type QueryResult<P extends Record<string, QueryParam>> =
  { ok: true; value: Values<P> } | { ok: false; parameter: string; message: string };

/** Reads the named parameters (others are ignored); the first refused one is named in the result. */
export function parseQuery<P extends Record<string, QueryParam>>(
  searchParams: URLSearchParams,
  params: P,
): QueryResult<P> {
  const value: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(params)) {
    const given = searchParams.getAll(name);
    if (given.length === 0) continue;
    if (given.length > 1) return { ok: false, parameter: name, message: `${name} may be given only once.` };
    const parsed = param.schema.safeParse(given[0]);
    if (!parsed.success) return { ok: false, parameter: name, message: param.invalid };
    value[name] = parsed.data;
  }
  return { ok: true, value: value as Values<P> };
}
