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
