// The JSON layer of the schedule imports: parsing with a position for the first
// syntax error (V8's messages do not always give one) and small value readers.

import { at } from "./import-report";
import { ScheduleFormatError } from "./schedule-document";

export type Json = Record<string, unknown>;

/** JSON.parse, with the line and column of the first syntax error, which V8's messages do not always give. */
export function parseJson(source: string): unknown {
  const textWithoutBom = source.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(textWithoutBom);
  } catch (error) {
    const offset = syntaxErrorOffset(textWithoutBom);
    const before = textWithoutBom.slice(0, Math.max(offset, 0)).split("\n");
    const where =
      offset < 0 ? at.document() : at.position(before.length, before[before.length - 1]!.length + 1, offset);
    throw new ScheduleFormatError("malformedJson", [where], { detail: (error as Error).message });
  }
}

function syntaxErrorOffset(source: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < source.length && " \t\n\r".includes(source[i]!)) i++;
  };
  const string = () => {
    for (i++; i < source.length; i++) {
      const c = source[i]!;
      if (c === '"') return void i++;
      if (c < " ") fail();
      if (c === "\\") {
        if (!/^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(source.slice(i, i + 6))) fail();
        i += source[i + 1] === "u" ? 5 : 1;
      }
    }
    fail();
  };
  const value = (): void => {
    space();
    const open = source[i];
    if (open === "{" || open === "[") {
      const close = open === "{" ? "}" : "]";
      i++;
      space();
      if (source[i] === close) return void i++;
      for (;;) {
        if (open === "{") {
          space();
          if (source[i] !== '"') fail();
          string();
          space();
          if (source[i] !== ":") fail();
          i++;
        }
        value();
        space();
        if (source[i] === ",") i++;
        else if (source[i] === close) return void i++;
        else fail();
      }
    }
    if (open === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(source.slice(i, i + 512));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    space();
    return i < source.length ? i : -1;
  } catch (at) {
    return typeof at === "number" ? at : -1;
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isEmpty(value: unknown): boolean {
  return (
    value == null ||
    value === "" ||
    value === false ||
    (Array.isArray(value) && value.length === 0) ||
    (isObject(value) && Object.keys(value).length === 0)
  );
}

export function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

export function absoluteHttp(value: unknown): string | null {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return null;
  }
}
