import { CsvError, parse } from "csv-parse/sync";
import { CellError, restoreFormula } from "./csv-cells";
import type { CsvColumn } from "./csv-template";
import type { RefusalCode } from "./import-codes";
import { at, type ImportNote, type Values } from "./import-report";
import { ScheduleFormatError } from "./schedule-document";

/** A CSV the import refuses, at a line of the file (the header is line 1) and, when it is one cell's fault, a column. */
export class CsvFormatError extends ScheduleFormatError {
  constructor(
    code: RefusalCode,
    readonly line: number,
    readonly column: string | null = null,
    values?: Values,
  ) {
    super(code, [column ? at.cell(line, column) : at.line(line)], values);
    this.name = "CsvFormatError";
  }
}

/** The longest cell an import reads; a longer one is refused before any cell is looked into. */
export const MAX_CELL_CHARS = 50_000;
/** The longest row: csv-parse stops reading there, so a huge cell costs no more than this. */
const MAX_ROW_CHARS = 200_000;

/** A file past the limits on one cell or row: refused at its line, in the viewer's language by the upload page. */
export class CsvLimitError extends CsvFormatError {
  constructor(
    line: number,
    readonly limit: number,
  ) {
    super("csvTooLong", line, null, { max: limit });
    this.name = "CsvLimitError";
  }
}

export interface CsvRecord {
  /** The line the record starts on. */
  line: number;
  /** The trimmed cell of a column; "" when the file has no such column. */
  cell(column: string): string;
  /** Whether the header has the column. */
  has(column: string): boolean;
  /** Reads a cell with a reader that throws CellError; the error gets the line and the column. */
  read<T>(column: string, reader: (cell: string) => T): T;
  fail(column: string | null, code: RefusalCode, values?: Values): never;
}

export interface CsvTable {
  records: CsvRecord[];
  ignored: ImportNote[];
}

/**
 * The records of a template file under its header. Tolerates a BOM, CRLF or LF,
 * blank lines (also Excel's `,,,`), spaces around cells and unknown columns,
 * which it reports as ignored; refuses malformed CSV and a header without a
 * required column.
 */
export function readCsvTable(text: string, columns: readonly CsvColumn[]): CsvTable {
  // csv-parse guesses one record delimiter from the first line; a file edited on two systems mixes them.
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  // Excel's plain "CSV" on Chinese Windows is GBK: decoded as UTF-8 it turns into U+FFFD, and the text is lost.
  const garbled = source.indexOf("\uFFFD");
  if (garbled >= 0) throw new CsvFormatError("notUtf8Csv", source.slice(0, garbled).split("\n").length);
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info`, each record comes as { record, info }; the typings do not say so.
    parsed = parse(source, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      max_record_size: MAX_ROW_CHARS,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === "CSV_MAX_RECORD_SIZE")
      throw new CsvLimitError(typeof error.lines === "number" ? error.lines : 1, MAX_ROW_CHARS);
    if (error.code === "CSV_QUOTE_NOT_CLOSED") throw new CsvFormatError("csvUnclosedQuote", unclosedQuoteLine(source));
    const line = typeof error.lines === "number" ? error.lines : 1;
    throw new CsvFormatError("malformedCsv", line, null, { detail: error.message.replace(/ at line \d+/, "") });
  }
  // info.lines is where a record ends; a quoted cell may have spanned several lines.
  const rows = parsed
    .map(({ record, info }) => ({
      cells: record.map((c) => restoreFormula(c.trim())),
      line: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
    }))
    .filter((row) => row.cells.some(Boolean));
  const long = rows.find((row) => row.cells.some((c) => c.length > MAX_CELL_CHARS));
  if (long) throw new CsvLimitError(long.line, MAX_CELL_CHARS);
  const [header, ...body] = rows;
  if (!header) throw new CsvFormatError("csvEmpty", 1);

  const known = new Map(columns.filter((c) => c.only !== "export").map((c) => [c.name, c]));
  const index = new Map<string, number>();
  const ignored: ImportNote[] = [];
  const unnamed: number[] = [];
  header.cells.forEach((raw, i) => {
    const name = raw.toLowerCase().replace(/[\s-]+/g, "_");
    if (!name) unnamed.push(i);
    else if (!known.has(name))
      ignored.push({ code: "csvColumn", values: { column: raw }, at: [at.header()], count: 1 });
    else if (index.has(name)) throw new CsvFormatError("csvColumnTwice", header.line, name, { column: name });
    else index.set(name, i);
  });
  for (const column of known.values())
    if (column.required && !index.has(column.name))
      throw new CsvFormatError("csvMissingColumn", header.line, column.name, { column: column.name });

  const records = body.map(({ cells, line }): CsvRecord => {
    const extra = cells.findIndex((c, i) => c !== "" && i >= header.cells.length);
    if (extra >= 0)
      throw new CsvFormatError("csvExtraCell", line, null, { index: extra + 1, count: header.cells.length });
    const fail = (column: string | null, code: RefusalCode, values?: Values): never => {
      throw new CsvFormatError(code, line, column, values);
    };
    const cell = (column: string) => {
      const i = index.get(column);
      return i === undefined ? "" : (cells[i] ?? "");
    };
    return {
      line,
      cell,
      has: (column) => index.has(column),
      fail,
      read(column, reader) {
        try {
          return reader(cell(column));
        } catch (error) {
          if (error instanceof CellError) fail(column, error.code, error.values);
          throw error;
        }
      },
    };
  });

  for (const i of unnamed) {
    const filled = body.filter((row) => (row.cells[i] ?? "") !== "");
    if (filled.length)
      ignored.push({
        code: "csvUnnamedColumn",
        values: { index: i + 1 },
        at: [at.line(filled[0]!.line)],
        count: filled.length,
      });
  }
  return { records, ignored };
}

/** The line of the quote left open at the end of the file. */
function unclosedQuoteLine(source: string): number {
  let line = 1;
  let opened = 1;
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === "\n") line += 1;
    else if (c === '"' && quoted && source[i + 1] === '"') i += 1;
    else if (c === '"') {
      quoted = !quoted;
      if (quoted) opened = line;
    }
  }
  return opened;
}
