import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, integer, text } from "drizzle-orm/sqlite-core";
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

/** The address a single-use link is mailed to and its token's hash: the database never holds a working link. */
export const mailedLink = () => ({
  email: text().notNull(),
  tokenHash: text().notNull().unique(),
});

/** A calendar date in the conference's own time zone, `YYYY-MM-DD`. */
export const localDate = () => text();

type Referenced = () => AnySQLiteColumn;

/** The row this one belongs to: required, and deleted with it. */
export const ownerId = (column: Referenced) => integer().notNull().references(column, { onDelete: "cascade" });

/** A row this one needs: required, and it cannot be deleted while this one names it. */
export const requiredId = (column: Referenced) => integer().notNull().references(column, { onDelete: "restrict" });

/** A row this one mentions: optional, and forgotten (null) when that row is deleted. */
export const mentionedId = (column: Referenced) => integer().references(column, { onDelete: "set null" });
