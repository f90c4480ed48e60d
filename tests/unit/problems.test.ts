import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { problemCodes, type ProblemCode } from "@/lib/errors/problem";
import { problemsOf } from "@/lib/errors/zod-problems";

// Values every message may name; a message that needs one not listed here fails to format.
const values = {
  max: 120,
  min: 10,
  kind: "room",
  start: "2017-11-29",
  end: "2017-12-01",
  name: "王斌",
  count: 3,
  list: "“A”",
  version: "v2",
  email: "a@example.org",
  invited: "b@example.org",
  minutes: 5,
  reason: "timeout",
  size: 7.5,
  width: 8000,
  height: 5001,
};

describe("problems", () => {
  for (const [locale, messages] of [
    ["en", en],
    ["zh-CN", zhCN],
  ] as const) {
    it(`has words for every code in ${locale}, and each formats with its values`, () => {
      const t = createTranslator({ locale, messages, namespace: "problems" });
      for (const code of problemCodes) {
        expect(Object.keys(messages.problems), code).toContain(code);
        const said = t(code as ProblemCode, values);
        expect(said, code).not.toMatch(/\{|problems\./);
        expect(said.length, code).toBeGreaterThan(1);
      }
    });
  }

  it("turns zod's checks into codes with the limits their words need", () => {
    const schema = z.object({
      name: z.string().trim().min(1).max(5),
      seats: z.coerce.number().int("wholeNumber"),
      web: z.url(),
      mail: z.email(),
      kind: z.enum(["talk", "panel"]),
      rows: z.array(z.object({ at: z.string().refine(() => false, "endBeforeStart") })),
      missing: z.string(),
    });
    const result = schema.safeParse({
      name: "too long here",
      seats: "1.5",
      web: "nope",
      mail: "x",
      kind: "party",
      rows: [{ at: "x" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(problemsOf(result.error)).toEqual({
      name: { code: "tooLong", values: { max: 5 } },
      seats: { code: "wholeNumber" },
      web: { code: "invalidUrl" },
      mail: { code: "invalidEmail" },
      kind: { code: "chooseOne" },
      "rows.0.at": { code: "endBeforeStart" },
      missing: { code: "required" },
    });
    const empty = schema.shape.name.safeParse("  ");
    expect(empty.success || problemsOf(empty.error)).toEqual({ form: { code: "required" } });
  });
});
