/** One field's value before and after a write, as the audit log keeps it. */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

const comparable = (value: unknown) => JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
const stored = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** The fields whose values differ between two versions of a row (dates compared as instants). */
export function fieldChanges<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    if (comparable(before[field]) !== comparable(after[field]))
      changes[field] = { before: stored(before[field]), after: stored(after[field]) };
  }
  return changes;
}
