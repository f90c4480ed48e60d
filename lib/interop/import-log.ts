import type { IgnoredItem } from "./schedule-document";

/**
 * What a parser tells the user besides the document: content it did not use
 * (`ignored`) and each choice it made for them (`decisions`: a zone assumed, a
 * duplicate split, an instant kept). Counted by kind, with where it first occurred.
 */
export class ImportLog {
  private readonly ignoredItems = new Map<string, IgnoredItem>();
  private readonly decisionItems = new Map<string, IgnoredItem>();

  ignore(what: string, where: string, count = 1) {
    add(this.ignoredItems, what, where, count);
  }

  decide(what: string, where: string, count = 1) {
    add(this.decisionItems, what, where, count);
  }

  get ignored(): IgnoredItem[] {
    return [...this.ignoredItems.values()];
  }

  get decisions(): IgnoredItem[] {
    return [...this.decisionItems.values()];
  }
}

function add(items: Map<string, IgnoredItem>, what: string, where: string, count: number) {
  const item = items.get(what);
  if (item) item.count += count;
  else items.set(what, { what, where, count });
}
