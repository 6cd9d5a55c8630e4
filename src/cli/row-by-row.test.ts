import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../ingest/index.js';
import { rowByRowLine } from './row-by-row.js';

const base: SourceSummary = { path: 'log.csv', format: 'csv', read: 1, added: 1, duplicates: 0, skipped: 0 };

describe('rowByRowLine', () => {
  it('words a whole-file cause in English and Russian, and keeps a store refusal as it is', () => {
    const blank = { ...base, rowByRowCause: { code: 'blank-lines' as const, count: 2 } };
    expect(rowByRowLine(blank, 'en')).toBe(
      '  log.csv: read row by row, not in one pass (2 blank line(s) between records)',
    );
    expect(rowByRowLine(blank, 'ru')).toBe(
      '  log.csv: прочитан построчно, а не за один проход (пустых строк между записями: 2)',
    );
    const store = {
      ...base,
      rowByRowCause: { code: 'store-declined' as const, detail: "DuckDB's CSV reader: x" },
    };
    expect(rowByRowLine(store, 'en')).toContain("(DuckDB's CSV reader: x)");
    expect(rowByRowLine(store, 'ru')).toContain("(хранилище отказалось читать: DuckDB's CSV reader: x)");
    const plain = { ...base, rowByRowCause: { code: 'no-bulk-load' as const } };
    expect(rowByRowLine(plain, 'en')).toContain('(the store has no bulk load)');
    expect(rowByRowLine(plain, 'ru')).toContain('(у хранилища нет загрузки за один проход)');
    expect(rowByRowLine(base, 'en')).toBeUndefined();
  });

  it('names the first parts and counts the rest; every part read row by row reads as the whole file', () => {
    const causes = [
      { part: 2, cause: { code: 'mixed-line-ends' as const } },
      { part: 5, cause: { code: 'unclosed-quote' as const } },
      { part: 7, cause: { code: 'resumed' as const } },
    ];
    const some = { ...base, rowByRowParts: { parts: 5, of: 9, why: '', causes } };
    expect(rowByRowLine(some, 'en')).toBe(
      '  log.csv: 5 of 9 part(s) read row by row, the rest in one pass (part 2: both CRLF and LF line ends; ' +
        'part 5: an unclosed quote at the end; part 7: resumed inside this part; 2 more)',
    );
    expect(rowByRowLine(some, 'ru')).toBe(
      '  log.csv: частей, прочитанных построчно: 5 из 9, остальные за один проход (часть 2: концы строк ' +
        'и CRLF, и LF; часть 5: незакрытая кавычка в конце; часть 7: продолжение внутри этой части; ещё 2)',
    );
    const all = { ...base, rowByRowParts: { parts: 2, of: 2, why: '', causes: causes.slice(0, 2) } };
    expect(rowByRowLine(all, 'en')).toMatch(/^ {2}log\.csv: read row by row, not in one pass \(part 2: /);
  });

  it('words a part reached by a record that ran past its own part', () => {
    const causes = [
      { part: 3, cause: { code: 'store-declined' as const, detail: "DuckDB's CSV reader: x" } },
      { part: 4, cause: { code: 'overrun' as const, part: 3 } },
    ];
    const line = { ...base, rowByRowParts: { parts: 2, of: 6, why: '', causes } };
    expect(rowByRowLine(line, 'en')).toContain("part 4: a record of part 3 runs past that part's end)");
    expect(rowByRowLine(line, 'ru')).toContain('часть 4: запись части 3 заходит за конец той части)');
  });
});
