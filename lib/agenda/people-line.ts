import type { Locale } from "@/lib/domain/vocabulary";

const MAX_NAMES = 6;

/** A session's people as one line, as the agenda shows them: the first six names, then how many more. */
export function peopleLine(names: readonly string[], locale: Locale): string {
  const shown = names.slice(0, MAX_NAMES).join(locale === "zh-CN" ? "、" : ", ");
  return names.length > MAX_NAMES ? `${shown} +${names.length - MAX_NAMES}` : shown;
}
