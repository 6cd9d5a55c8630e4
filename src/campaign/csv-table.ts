/**
 * CSV tables
 *
 * A small RFC 4180 reader for outcome files: quoted fields with doubled quotes and embedded line
 * breaks, CRLF or LF, a UTF-8 byte-order mark, and the delimiter guessed from the header line
 * (comma, semicolon — common in Russian Excel exports — or tab). Returns rows with their 1-based
 * line numbers so problems can be reported where they are.
 */

export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** The delimiter that occurs most often outside quotes in the first line. */
export function guessDelimiter(text: string): string {
  const first = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  let best = ',';
  let bestCount = -1;
  for (const d of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const ch of first) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Parses CSV text into rows (blank lines skipped). */
export function parseCsv(text: string, delimiter = guessDelimiter(text)): TableRow[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(field);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}
