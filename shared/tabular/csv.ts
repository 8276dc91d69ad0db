// CSV in and out: a forgiving RFC 4180 reader (the delimiter sniffed, as Excel saves ";" in much of
// Europe) and a writer whose cells cannot be taken for formulas when the file is opened in a spreadsheet.

export type CsvDelimiter = ',' | ';' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The delimiter, counted outside quotes over the first few lines: the one that splits every line
 * into the same number of cells wins, so a comma in the words of a tab-separated file does not;
 * failing that, the commonest in the first line; a comma when nothing says otherwise.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const lines: Array<Map<CsvDelimiter, number>> = [];
  let counts = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 5; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      lines.push(counts);
      counts = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
    } else if (!quoted && counts.has(c as CsvDelimiter)) counts.set(c as CsvDelimiter, counts.get(c as CsvDelimiter)! + 1);
  }
  if (lines.length < 5 && [...counts.values()].some((n) => n > 0)) lines.push(counts);
  if (lines.length === 0) return ',';
  const steady = CANDIDATES.filter((d) => lines.every((l) => l.get(d) === lines[0]!.get(d)) && lines[0]!.get(d)! > 0);
  const pool = steady.length > 0 ? steady : CANDIDATES;
  let best: CsvDelimiter = pool[0]!;
  for (const d of pool) if (lines[0]!.get(d)! > lines[0]!.get(best)!) best = d;
  return lines[0]!.get(best)! > 0 ? best : ',';
}

/**
 * The rows of a CSV text: quoted cells may hold the delimiter, doubled quotes and line breaks; lines
 * end in CRLF, LF or CR; a byte-order mark and Excel's "sep=;" first line are honoured and dropped.
 * A quote inside an unquoted cell is kept as written, as spreadsheets do, rather than refused.
 */
export function parseCsv(text: string, delimiter?: CsvDelimiter): string[][] {
  let source = text.replace(/^\ufeff/, '');
  let sep = delimiter;
  const hint = /^sep=(.)\r?\n/i.exec(source);
  if (hint) {
    if (!sep && CANDIDATES.includes(hint[1] as CsvDelimiter)) sep = hint[1] as CsvDelimiter;
    source = source.slice(hint[0].length);
  }
  sep ??= sniffDelimiter(source);

  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // True once the current cell opened with a quote, so text after its closing quote is appended.
  let wasQuoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else if (c === '\r') {
        // A line break inside a cell is kept as one "\n", whatever the file's line ends.
        cell += '\n';
        if (source[i + 1] === '\n') i++;
      } else cell += c;
      continue;
    }
    if (c === '"' && cell === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
    } else if (c === sep) endCell();
    else if (c === '\n') endRow();
    else if (c === '\r') {
      if (source[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  // The last line needs no line end; a file that ends with one has no empty row after it.
  if (cell !== '' || row.length > 0 || wasQuoted) endRow();
  return rows;
}

// Characters with which a spreadsheet starts a formula (and tab and CR, which some strip first).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell made safe to open in a spreadsheet: one that starts like a formula gets a leading
 * apostrophe, so "=HYPERLINK(...)" typed into a recommendation is shown as text, never run.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The words as typed, from a cell neutraliseFormula changed: a sheet exported by the app and
 * imported again keeps "=SUM(" rather than gaining an apostrophe each time round.
 */
export function restoreFormulaText(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** CSV text: every cell quoted (quotes doubled), CRLF line ends, as RFC 4180 and Excel expect. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}
