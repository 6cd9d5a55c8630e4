/**
 * CSV writing
 *
 * RFC 4180 CSV with a UTF-8 BOM (so spreadsheet programs read Cyrillic), quoting where needed, and
 * cells that start with `=`, `+`, `-` or `@` prefixed with `'` against formula injection.
 */

function cell(v: unknown): string {
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (Array.isArray(v)) s = v.map(String).join('; ');
  else if (typeof v === 'object') s = JSON.stringify(v);
  else s = `${v as string | number | boolean}`;
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV; the header is the union of keys in first-seen order. */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  }
  const lines = [keys.map(cell).join(',')];
  for (const r of rows) lines.push(keys.map((k) => cell(r[k])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
