// Tables as the generators build them (rows of text cells, some annotated as deliberately bad) and their CSV
// bytes in the encodings departments actually send: GBK, GB18030, UTF-8 with a BOM.

import iconv from 'iconv-lite';

export interface BadNote {
  field: string;
  problem: string;
  /** What an importer should make of it. */
  expect: string;
}

export interface Row {
  cells: string[];
  bad?: BadNote;
  /** For duplicates: the cell value (in column) of the original, whose row number replaces "{ref}" in the note. */
  ref?: { column: number; value: string };
}

export interface Table {
  header: readonly string[];
  rows: Row[];
}

export interface BadRow extends BadNote {
  /** Row number as a person sees it in a spreadsheet: the header is row 1, the first record row 2. */
  row: number;
}

export function badRowsOf(t: Table): BadRow[] {
  return t.rows.flatMap((r, i) => {
    if (!r.bad) return [];
    const ref = r.ref;
    if (!ref) return [{ row: i + 2, ...r.bad }];
    const original = t.rows.findIndex((o) => o !== r && o.cells[ref.column] === ref.value);
    if (original < 0 || original > i) throw new Error(`the original of duplicate row ${i + 2} must come first`);
    return [{ row: i + 2, ...r.bad, problem: r.bad.problem.replace('{ref}', `row ${original + 2}`) }];
  });
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvText(t: Table, eol: '\r\n' | '\n'): string {
  return [t.header, ...t.rows.map((r) => r.cells)].map((cells) => cells.map(quote).join(',')).join(eol) + eol;
}

export type CsvEncoding = 'gbk' | 'gb18030' | 'utf8-bom';

export function encodeText(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const bytes = iconv.encode(text, encoding);
  // iconv-lite replaces characters it cannot encode with '?': prove that nothing was lost.
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`text does not survive a round trip through ${encoding}`);
  return bytes;
}
