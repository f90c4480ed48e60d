import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { decidedCodes, ignoredCodes, placeCodes, refusalCodes } from "@/lib/interop/import-codes";
import { noteInEnglish, refusalInEnglish } from "@/lib/interop/import-english";
import { at, describePlace, describeRefusal, type Say } from "@/lib/interop/import-report";

// Every decision, ignored item, refusal and place of an import is a code whose words are in
// messages/*.json: each must exist in both languages, format with its values, and be translated.

const sample = (name: string) => (/^(count|max|minutes|index|guids|people|duration)$/.test(name) ? 3 : `‹${name}›`);
const valuesOf = (message: string) =>
  Object.fromEntries([...message.matchAll(/\{(\w+)(?:[,}])/g)].map(([, name]) => [name!, sample(name!)]));

describe("the import report's words", () => {
  for (const [locale, messages] of [
    ["en", en],
    ["zh-CN", zhCN],
  ] as const) {
    it(`has words for every code and place in ${locale}, each formatting with its values`, () => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages,
        namespace: "importReport",
        onError: (e) => errors.push(e.message),
      });
      const say = (key: string) => {
        const english = key.split(".").reduce<unknown>((m, k) => (m as Record<string, unknown>)[k], en.importReport);
        return (t as unknown as Say)(key, valuesOf(String(english)));
      };
      for (const code of [...ignoredCodes, ...decidedCodes, ...refusalCodes]) {
        const said = say(code);
        expect(said, code).not.toMatch(/[{}]|importReport\./);
        if (locale === "zh-CN") expect(said, code).not.toBe(en.importReport[code as keyof typeof en.importReport]);
      }
      for (const code of placeCodes) expect(say(`at.${code}`), code).not.toMatch(/[{}]|importReport\./);
      expect(errors).toEqual([]);
    });
  }

  it("names a place by its first part, then the details, in each language's punctuation", () => {
    const place = [at.event("6210"), at.day("1"), at.room("K.3.201"), at.line(1234)];
    const zh = createTranslator({ locale: "zh-CN", messages: zhCN, namespace: "importReport" }) as unknown as Say;
    expect(noteInEnglish({ code: "zeroLength", at: place, count: 2 })).toEqual({
      what: "zero-length events: kept as instants (start = end)",
      where: "event 6210 (day 1, room K.3.201, line 1234)",
      count: 2,
    });
    expect(describePlace(zh, place)).toBe("活动 6210（第 1 天，会场 K.3.201，第 1234 行）");
    expect(describePlace(zh, [at.day("2025-02-01")])).toBe("2025-02-01 这天");
    const refusal = { code: "csvNotUuid", values: { value: "wang" }, at: [at.cell(2, "guid")] } as const;
    expect(refusalInEnglish(refusal)).toBe("“wang” is not a UUID (line 2, column guid)");
    expect(describeRefusal(zh, refusal)).toBe("“wang”不是 UUID（第 2 行 guid 列）");
  });
});
