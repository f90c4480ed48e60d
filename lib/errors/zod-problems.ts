import type { z } from "zod";
import { isProblemCode, problem, type Problem } from "./problem";

// Schemas name their own refusals by code (`.refine(ok, "endBeforeStart")`); zod's built-in
// checks are turned into the general codes here, with the limits their messages need.

function problemOf(issue: z.core.$ZodIssue): Problem {
  if (isProblemCode(issue.message)) return problem(issue.message);
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return problem("tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") return problem("tooMany", { max: Number(issue.maximum) });
      return problem("tooLarge", { max: Number(issue.maximum) });
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? problem("required") : problem("tooShort", { min: Number(issue.minimum) });
      if (issue.origin === "array" || issue.origin === "set") return problem("required");
      return problem("tooSmall", { min: Number(issue.minimum) });
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return problem("required");
      return issue.expected === "int" ? problem("wholeNumber") : problem("invalidValue");
    case "invalid_format":
      if (issue.format === "url") return problem("invalidUrl");
      if (issue.format === "email") return problem("invalidEmail");
      return problem("invalidValue");
    case "invalid_value":
      return problem("chooseOne");
    case "not_multiple_of":
      return problem("wholeNumber");
    default:
      return problem("invalidValue");
  }
}

/** The first problem of each field of a failed parse, a row's field keyed by its whole path (`links.1.url`). */
export function problemsOf(error: z.ZodError): Record<string, Problem> {
  const fields: Record<string, Problem> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".") || "form"] ??= problemOf(issue);
  return fields;
}
