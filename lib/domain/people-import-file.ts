// Reading an HR file's rows: a CSV (UTF-8, with or without a byte-order mark, comma- or
// semicolon-separated: the separator is found in the header line) with csv-parse, or an Excel
// workbook (.xlsx, its first sheet) with exceljs's streaming reader. Both give the header and then
// each row's cells as text, with the row number a spreadsheet shows (the header is row 1).
// No I/O of its own: the file's bytes come as a stream. The two parsers are loaded when a file is
// read, not when the server starts (exceljs alone holds several MB once loaded, and its module is
// reachable from the server's timed jobs).
import { Readable } from "node:stream";

export type ImportFileKind = "csv" | "xlsx";

/** Why a file cannot be read at all (before any row is checked). */
export type ImportFileProblem = "fileType" | "notUtf8" | "unreadable" | "noHeader" | "tooManyRows";

export class ImportFileError extends Error {
  constructor(readonly problem: ImportFileProblem) {
    super(problem);
  }
}

/** An .xlsx is a zip archive ("PK\3\4"); other binary files (NUL bytes, other archives) are refused; text is read as CSV. */
export function detectImportKind(head: Uint8Array): ImportFileKind | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  if (head.length === 0) return null;
  // Old Excel (.xls, OLE2) and other binaries hold NUL bytes in their first bytes; text never does.
  return head.includes(0) ? null : "csv";
}

/**
 * The separator of a CSV, from its header line: the one of "," and ";" found more often outside
 * quotes (a French spreadsheet writes ";"), "," when neither is there.
 */
export function detectDelimiter(headerLine: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

export type RawRow = { row: number; cells: string[] };
export type RawFile = { header: string[]; rows: RawRow[] };

type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

function chunksOf(source: ByteSource): AsyncIterable<Uint8Array> {
  return source instanceof ReadableStream ? (Readable.fromWeb(source as never) as AsyncIterable<Uint8Array>) : source;
}

/** The text of a UTF-8 file, chunk by chunk (the byte-order mark dropped); not UTF-8 → ImportFileError("notUtf8"). */
async function* utf8Text(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of chunksOf(source)) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof TypeError) throw new ImportFileError("notUtf8");
    throw error;
  }
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

/** Reads a CSV file: the first non-blank line is the header; blank lines are skipped (row numbers still count them). */
export async function readCsv(source: ByteSource, maxRows: number): Promise<RawFile> {
  const text = utf8Text(source);
  // The separator is read from the header line: gather text until the first line is complete.
  let head = "";
  let first = await text.next();
  while (!first.done) {
    head += first.value;
    if (/[\r\n]/.test(head.replace(/^[\r\n\s]+/, ""))) break;
    first = await text.next();
  }
  const headerLine = head.replace(/^[\r\n\s]+/, "").split(/\r?\n|\r/)[0] ?? "";
  const delimiter = detectDelimiter(headerLine);
  const { parse } = await import("csv-parse");
  async function* all() {
    if (head) yield head;
    if (!first.done) yield* text;
  }
  const parser = Readable.from(all()).pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, info: true }),
  );
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = record.record;
      if (isBlank(cells)) continue;
      if (!header) {
        header = cells.map((cell) => cell.trim());
        continue;
      }
      if (rows.length >= maxRows) throw new ImportFileError("tooManyRows");
      rows.push({ row: record.info.lines, cells });
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    // The parser's own errors (a quote left open…) come as CsvError; decoding errors come through too.
    if (error instanceof Error && (error as { code?: string }).code?.startsWith("CSV_"))
      throw new ImportFileError("unreadable");
    throw error;
  }
  if (!header) throw new ImportFileError("noHeader");
  return { header, rows };
}

/** A cell's value as text: dates as YYYY-MM-DD, formulas by their result, rich text and links by their text. */
function textOfCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[]; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join("");
    if (v.text !== undefined) return textOfCell(v.text);
    if (v.result !== undefined) return textOfCell(v.result);
    if (v.error !== undefined) return "";
    return "";
  }
  return String(value);
}

/** Reads the first worksheet of an .xlsx workbook as it streams: the first non-blank row is the header. */
export async function readXlsx(source: ByteSource, maxRows: number): Promise<RawFile> {
  const { default: ExcelJS } = await import("exceljs");
  const input = Readable.from(chunksOf(source));
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        // row.values is 1-based (index 0 empty), sparse where cells are empty.
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(textOfCell(values[i]).trim());
        if (isBlank(cells)) continue;
        if (!header) {
          header = cells;
          continue;
        }
        if (rows.length >= maxRows) throw new ImportFileError("tooManyRows");
        rows.push({ row: row.number, cells });
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("unreadable");
  }
  if (!header) throw new ImportFileError("noHeader");
  return { header, rows };
}

export function readImportFile(source: ByteSource, kind: ImportFileKind, maxRows: number): Promise<RawFile> {
  return kind === "xlsx" ? readXlsx(source, maxRows) : readCsv(source, maxRows);
}
