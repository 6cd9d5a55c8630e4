import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { irregularity, scanCsvRecords } from './record-scan.js';

/** Feeds `text` in chunks of `size` bytes, so lines and quotes cross chunk ends. */
async function scan(text: string, size = 3, max = 1000, delimiter = ',') {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return scanCsvRecords(Readable.from(parts) as AsyncIterable<Buffer>, max, 10, { delimiter, utf8: true });
}

describe('scanCsvRecords', () => {
  it('counts records after the header, joining quoted line breaks', async () => {
    const s = await scan('a,b\n1,"x\ny"\n2,"q""r"\n3,z');
    expect(s).toMatchObject({ records: 3, trailingBlank: 0 });
    // Parts of at least 10 bytes, cut between records, covering everything after the header.
    expect(s.headerEnd).toBe(4);
    expect(s.segments).toEqual([
      { start: 4, end: 21, records: 2 },
      { start: 21, end: 24, records: 1 },
    ]);
    expect(irregularity(s)).toBeUndefined();
  });

  it('opens a quoted field only at the start of a field, as the row reader does', async () => {
    // Chunks of 1, 2 and 3 bytes put quotes, their neighbours and a byte-order mark across chunk ends.
    for (const size of [1, 2, 3]) {
      const records = async (text: string, max = 1000) => (await scan(text, size, max)).records;
      expect(await records('a,b\n1,27" экран\n2,3\n')).toBe(2);
      expect(await records('a,b\nx"y,"z\nw",1\n2,3\n')).toBe(2);
      expect(await records('a,b\n1,"q""\n""r"\n2,3\n')).toBe(2);
      expect(await records('a,b\n\uFEFF"x\ny",1\n2,3\n')).toBe(2);
      // Only the file's own delimiter starts a field.
      const semicolons = 'a;b\n1;"x\ny"\n2;"3\n';
      expect((await scan(semicolons, size, 1000, ';')).records).toBe(2);
      expect(await records(semicolons)).toBe(3);
      // A quoted field still open at the record limit: ours cuts it, so the part is marked.
      const long = await scan(`a,b\n1,"${'x\n'.repeat(20)}",2\n3,4\n`, size, 30);
      expect(long.segments[0]?.odd).toEqual({ code: 'long-line' });
    }
  });

  it('reports the shapes where another reader may cut records differently, in the part holding each', async () => {
    const odd = async (text: string, size = 3, max = 1000) =>
      (await scan(text, size, max)).segments.map((g) => g.odd);
    expect(await odd('a,b\n1,2\n3,4\n5,6\n\n7,8\n9,0\n')).toEqual([
      undefined,
      { code: 'blank-lines', count: 1 },
    ]);
    expect(await odd('a,b\n1,2\r3,4\n5,6\n7,8\n9,0\n')).toEqual([{ code: 'lone-cr' }, undefined]);
    expect(await odd('a,b\n1,2\n3,4\n5,6\n7,"open\n8,9\n')).toEqual([undefined, { code: 'unclosed-quote' }]);
    expect(await odd('a,b\n1,' + 'x'.repeat(50) + '\n2,3\n', 7, 20)).toEqual([
      { code: 'long-line' },
      undefined,
    ]);
    expect(irregularity(await scan('a,b\n1,2\r3,4\n'))).toBeUndefined();
    expect(await odd('a,b\r\n1,2\n3,4\r\n')).toEqual([{ code: 'mixed-line-ends' }]);
    // A lone CR outside every part concerns the whole file.
    expect(irregularity(await scan('a\rb,c\n1,2\n'))).toEqual({ code: 'lone-cr' });
  });

  it('leaves blank lines at the end outside the segments, and accepts quoted line breaks under CRLF', async () => {
    const s = await scan('a,b\n1,2\n3,4\n\n\n');
    expect(s).toMatchObject({ records: 4, trailingBlank: 2 });
    expect(s.segments.at(-1)?.end).toBe(12);
    expect(s.segments.reduce((n, g) => n + g.records, 0)).toBe(2);
    expect(irregularity(s)).toBeUndefined();
    expect(irregularity(await scan('a,b\r\n1,"x\r\ny"\r\n'))).toBeUndefined();
  });

  it('gives each part its own line end, whatever the header and the other parts end with', async () => {
    const s = await scan('a,b\r\n1,2\r\n3,4\r\n5,6\n7,8\n9,0\n');
    expect(s.segments).toEqual([
      { start: 5, end: 15, records: 2, crlf: true },
      { start: 15, end: 27, records: 3 },
    ]);
    expect(irregularity(s)).toBeUndefined();
    expect((await scan('a,b\r\n1,2\n')).segments).toEqual([{ start: 5, end: 9, records: 1 }]);
  });

  it('accepts CRLF files and a last line without a line end', async () => {
    const s = await scan('a,b\r\n1,2\r\n3,4');
    expect(s).toMatchObject({ records: 2, loneCrUnplaced: false });
    expect(s.segments).toEqual([{ start: 5, end: 13, records: 2, crlf: true }]);
    expect(irregularity(s)).toBeUndefined();
  });

  it('gives the same answer whatever the chunk size', async () => {
    const text = 'h1,h2\n"a\n\nb",1\n"c""d",2\r\n,\n';
    const base = await scan(text, 1 << 20);
    for (const size of [1, 2, 5, 11]) expect(await scan(text, size)).toEqual(base);
  });
});
