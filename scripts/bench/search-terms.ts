// The search queries of the bench: a three- and a two-character Chinese term
// that occur in the generated titles, each the one in the most titles (the
// largest result page). Candidates are the generator's own words, so a term
// is a word and not an accident of two neighbouring ones.

const han = /^\p{Script=Han}+$/u;

export function pickSearchTerms(titles: string[], words: string[]): { three: string; two: string } {
  const pick = (length: number): string => {
    const ranked = [...new Set(words)]
      .filter((w) => w.length === length && han.test(w))
      .map((w) => ({ w, titles: titles.filter((t) => t.includes(w)).length }))
      .filter((c) => c.titles > 0)
      .sort((a, b) => b.titles - a.titles || (a.w < b.w ? -1 : 1));
    if (!ranked[0]) throw new Error(`No ${length}-character word of the list occurs in the titles`);
    return ranked[0].w;
  };
  return { three: pick(3), two: pick(2) };
}
