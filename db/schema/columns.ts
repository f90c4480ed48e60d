import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";
import type { Translations } from "@/lib/domain/translations";

export const id = () => integer().primaryKey({ autoIncrement: true });

/** An instant in UTC, stored as epoch milliseconds. */
export const instant = () => integer({ mode: "timestamp_ms" });

/** An instant column that defaults to the moment the row is written. */
export const createdAt = () =>
  instant()
    .notNull()
    .default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`);

export const timestamps = {
  createdAt: createdAt(),
  updatedAt: createdAt().$onUpdate(() => new Date()),
};

export const translations = <Field extends string>() =>
  text({ mode: "json" })
    .$type<Translations<Field>>()
    .notNull()
    .default(sql`'{}'`);

/** A calendar date in the conference's own time zone, `YYYY-MM-DD`. */
export const localDate = () => text();
