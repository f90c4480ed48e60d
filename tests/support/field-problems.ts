import { expect } from "vitest";

/** A write refused for its fields, as the write pipeline answers: each field's problem code, with its values where it has them. */
export const fieldProblems = (
  fields: Record<string, string | { code: string; values: Record<string, string | number> }>,
) => ({
  ok: false,
  problem: { code: "checkFields" },
  fields: Object.fromEntries(
    Object.entries(fields).map(([name, p]) => [name, typeof p === "string" ? { code: p } : p]),
  ),
});

/** A change to a form, the field it makes wrong, and the problem code said beside that field. */
export type FieldCase<Form> = [changes: Partial<Form>, field: string, code: string];

/**
 * Saves the form with each case's change: every one refused beside its field with its code, as
 * fieldProblems says, and `rows` (the count of the table written to) the same after all of them.
 */
export function expectEachFieldRefused<Form>(
  cases: FieldCase<Form>[],
  save: (changes: Partial<Form>) => unknown,
  rows: () => number,
): void {
  const before = rows();
  for (const [changes, field, code] of cases)
    expect(save(changes), field).toMatchObject(fieldProblems({ [field]: code }));
  expect(rows()).toBe(before);
}
