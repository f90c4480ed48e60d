import { pinyin } from "pinyin-pro";
import type { Locale } from "@/lib/domain/vocabulary";
import { foldCase } from "@/lib/search/match";
import { INITIALS, type Initial } from "./initials";

// Latin letters that carry no combining mark to strip (NFD leaves them whole).
const LATIN_BASE: Record<string, string> = { Ø: "O", Ł: "L", Đ: "D", Ð: "D", Æ: "A", Œ: "O", Þ: "T", ß: "S", Ħ: "H" };

/** Whether a name has anything to sort by: imported placeholders ("-", "--") have no letter or digit. */
export const isPlaceholderName = (name: string) => !/[\p{L}\p{N}]/u.test(name);

/**
 * Where a name goes in the index: its first letter without accents for Latin
 * names, the pinyin initial of the surname for Chinese ones (单 is Shan, 曾
 * Zeng as surnames), `other` for digits, other scripts and placeholders.
 */
export function nameInitial(name: string): Initial {
  const first = name.match(/[\p{L}\p{N}]/u)?.[0];
  if (!first) return "other";
  if (/\p{Script=Han}/u.test(first)) {
    const head = name.slice(name.indexOf(first), name.indexOf(first) + 2);
    const letter = pinyin(head, { pattern: "first", toneType: "none", type: "array", surname: "head" })[0];
    return asInitial(letter?.toUpperCase());
  }
  if (!/\p{Script=Latin}/u.test(first)) return "other";
  const upper = first.toUpperCase();
  return asInitial(LATIN_BASE[upper] ?? upper.normalize("NFD").charAt(0));
}

function asInitial(letter: string | undefined): Initial {
  return letter && /^[A-Z]$/.test(letter) ? (letter as Initial) : "other";
}

export interface InitialGroup<T> {
  initial: Initial;
  speakers: T[];
}

/**
 * Speakers in index order: by initial, and within one by the language's
 * collation (pinyin for Chinese), placeholders last of all.
 */
export function groupByInitial<T extends { name: string }>(speakers: readonly T[], locale: Locale): InitialGroup<T>[] {
  const collator = new Intl.Collator(locale);
  const keyed = speakers.map((speaker) => ({
    speaker,
    initial: nameInitial(speaker.name),
    placeholder: isPlaceholderName(speaker.name),
  }));
  keyed.sort(
    (a, b) =>
      INITIALS.indexOf(a.initial) - INITIALS.indexOf(b.initial) ||
      Number(a.placeholder) - Number(b.placeholder) ||
      collator.compare(a.speaker.name, b.speaker.name),
  );
  const groups: InitialGroup<T>[] = [];
  for (const { speaker, initial } of keyed) {
    const last = groups.at(-1);
    if (last?.initial === initial) last.speakers.push(speaker);
    else groups.push({ initial, speakers: [speaker] });
  }
  return groups;
}

/** Whether a speaker's name or affiliation holds what was typed in the filter, ignoring case and width. */
export function matchesSpeakerFilter(speaker: { name: string; affiliation: string }, filter: string): boolean {
  const wanted = foldCase(filter.normalize("NFKC").trim());
  if (wanted === "") return true;
  return [speaker.name, speaker.affiliation].some((text) => foldCase(text.normalize("NFKC")).includes(wanted));
}
