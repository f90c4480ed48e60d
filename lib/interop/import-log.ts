import type { DecidedCode, IgnoredCode, NoteCode } from "./import-codes";
import type { ImportNote, Place, Values } from "./import-report";

/**
 * What a reader tells the user besides the document: content it did not use
 * (`ignored`) and each choice it made for them (`decisions`: a zone assumed, a
 * duplicate split, an instant kept). Counted by kind — a code with its values —
 * with where each kind first occurred.
 */
export class ImportLog {
  private readonly ignoredNotes = new Map<string, ImportNote>();
  private readonly decidedNotes = new Map<string, ImportNote>();

  ignore(code: IgnoredCode, at: Place, values?: Values, count = 1) {
    add(this.ignoredNotes, code, at, values, count);
  }

  decide(code: DecidedCode, at: Place, values?: Values, count = 1) {
    add(this.decidedNotes, code, at, values, count);
  }

  get ignored(): ImportNote[] {
    return [...this.ignoredNotes.values()];
  }

  get decisions(): ImportNote[] {
    return [...this.decidedNotes.values()];
  }
}

function add(notes: Map<string, ImportNote>, code: NoteCode, at: Place, values: Values | undefined, count: number) {
  const key = JSON.stringify([code, values ?? null]);
  const note = notes.get(key);
  if (note) note.count += count;
  else notes.set(key, values ? { code, values, at, count } : { code, at, count });
}
