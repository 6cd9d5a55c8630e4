/**
 * Adapter contract suite
 *
 * One vitest suite every adapter's test runs against its own fixtures: ordering is stable and keys
 * are deterministic (two reads give the same sequence), malformed and hostile input produce skipped
 * records or one SourceFormatError — never any other exception — in bounded time, and Cyrillic text
 * survives. Hostile variants are generated from the adapter's valid fixture (truncations, garbage,
 * gigantic lines, bit flips) plus the adapter's own list, and fuzzed with fast-check (fixed seed).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError, SourceFormatError } from '../shared/errors.js';
import { createBufferSource } from './input/byte-source.js';
import { resolveLimits } from './limits.js';
import { parseMailSafe } from './mime/parse-mail.js';
import type { CsvMapping } from './csv/mapping.js';
import type { AdapterInput, IngestLimits, ParsedItem, SkippedRecord, SourceAdapter } from './types.js';

/** A fixture: one file's bytes, or a tree of files (relative path → bytes). */
export type Fixture = Buffer | Record<string, Buffer>;

export interface ContractSpec {
  readonly adapter: SourceAdapter;
  /** A valid fixture with at least two messages and Cyrillic text. */
  readonly valid: Fixture;
  /** Messages the valid fixture must yield. */
  readonly expectedMessages: number;
  /**
   * A Cyrillic string that must appear intact in some message's text, subject or participant name;
   * null for formats that carry no text or names (mail-server logs), with the reason.
   */
  readonly cyrillic: string | { readonly none: string };
  /** Adapter-specific hostile inputs (name → fixture). */
  readonly hostile?: Readonly<Record<string, Fixture>>;
  readonly csvMapping?: CsvMapping;
  /** File name used for single-file fixtures (detection and conversation names use it). */
  readonly fileName?: string;
}

export interface ReadResult {
  readonly messages: ParsedItem['message'][];
  readonly skipped: SkippedRecord[];
  readonly error: SourceFormatError | undefined;
}

const TEST_LIMITS: Partial<IngestLimits> = {
  maxLineBytes: 1 << 20,
  maxMessageBytes: 4 << 20,
  maxJsonBytes: 16 << 20,
  maxHeaderBytes: 256 * 1024,
};

function toInput(fixture: Fixture, fileName: string): AdapterInput {
  if (Buffer.isBuffer(fixture)) return { path: fileName, files: [createBufferSource(fileName, fixture)] };
  const names = Object.keys(fixture).sort();
  return { path: 'tree', files: names.map((n) => createBufferSource(`tree/${n}`, fixture[n])) };
}

/** Reads a fixture through an adapter (mail parsed in-line); only SourceFormatError may escape. */
export async function readFixture(
  spec: Pick<ContractSpec, 'adapter' | 'csvMapping' | 'fileName'>,
  fixture: Fixture,
  limits: Partial<IngestLimits> = TEST_LIMITS,
): Promise<ReadResult> {
  const lim = resolveLimits(limits);
  const messages: ParsedItem['message'][] = [];
  const skipped: SkippedRecord[] = [];
  let error: SourceFormatError | undefined;
  try {
    const items = spec.adapter.read(
      toInput(fixture, spec.fileName ?? 'fixture'),
      { csvMapping: spec.csvMapping, limits: lim },
      { position: 0, items: 0 },
    );
    for await (const raw of items) {
      const item = raw.kind === 'mail' ? parseMailSafe(raw, lim) : raw;
      if (item.kind === 'message') messages.push(item.message);
      else if (item.kind === 'skip') skipped.push(item);
    }
  } catch (err) {
    if (!(err instanceof SourceFormatError)) throw err;
    error = err;
  }
  return { messages, skipped, error };
}

function mapFixture(f: Fixture, fn: (b: Buffer, name: string) => Buffer): Fixture {
  if (Buffer.isBuffer(f)) return fn(f, '');
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, fn(v, k)]));
}

/** Hostile variants every adapter faces, derived from its valid fixture. */
export function genericHostile(valid: Fixture): Record<string, Fixture> {
  const garbage = Buffer.alloc(64 * 1024);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
  return {
    empty: mapFixture(valid, () => Buffer.alloc(0)),
    'truncated at 1/3': mapFixture(valid, (b) => b.subarray(0, Math.floor(b.length / 3))),
    'truncated at 2/3': mapFixture(valid, (b) => b.subarray(0, Math.floor((b.length * 2) / 3))),
    'truncated mid-byte': mapFixture(valid, (b) => b.subarray(0, Math.max(1, b.length - 7))),
    'binary garbage': mapFixture(valid, () => garbage),
    'garbage appended': mapFixture(valid, (b) => Buffer.concat([b, garbage])),
    'NUL bytes': mapFixture(valid, (b) =>
      Buffer.from(b.toString('latin1').replace(/[ ,:]/g, '\u0000'), 'latin1'),
    ),
    'invalid UTF-8': mapFixture(valid, (b) =>
      Buffer.from(b.toString('latin1').replace(/[а-яА-Яa-z]/g, '\u00ff'), 'latin1'),
    ),
    'gigantic line (3 MB, limit 1 MB)': mapFixture(valid, (b) =>
      Buffer.concat([
        b.subarray(0, Math.floor(b.length / 2)),
        Buffer.alloc(3 << 20, 0x41),
        b.subarray(Math.floor(b.length / 2)),
      ]),
    ),
    'bit flips': mapFixture(valid, (b) => {
      const c = Buffer.from(b);
      for (let i = 7; i < c.length; i += 97) c[i] = c[i] ^ 0x5a;
      return c;
    }),
  };
}

/** Registers the contract suite for one adapter. */
export function describeAdapterContract(spec: ContractSpec): { hostileCases: number } {
  const hostile = { ...genericHostile(spec.valid), ...(spec.hostile ?? {}) };
  describe(`${spec.adapter.name} adapter contract`, () => {
    it('reads the valid fixture with stable order and deterministic keys', async () => {
      const a = await readFixture(spec, spec.valid);
      const b = await readFixture(spec, spec.valid);
      expect(a.error).toBeUndefined();
      expect(a.messages).toHaveLength(spec.expectedMessages);
      expect(a.messages.map((m) => m.key)).toEqual(b.messages.map((m) => m.key));
      expect(a.messages.map((m) => m.timestamp)).toEqual(b.messages.map((m) => m.timestamp));
      expect(new Set(a.messages.map((m) => m.key)).size).toBe(a.messages.length);
    });

    const cyr = spec.cyrillic;
    it.skipIf(typeof cyr !== 'string')(
      `keeps Cyrillic text intact${typeof cyr === 'string' ? '' : ` (skipped: ${cyr.none})`}`,
      async () => {
        const { messages } = await readFixture(spec, spec.valid);
        const texts = messages.flatMap((m) => [
          m.text ?? '',
          m.subject ?? '',
          m.sender.name ?? '',
          ...m.recipients.map((r) => r.name ?? ''),
        ]);
        expect(texts.some((t) => typeof cyr === 'string' && t.includes(cyr))).toBe(true);
      },
    );

    it.each(Object.keys(hostile))(
      'hostile input "%s" ends in records or one clear error, never a crash',
      async (name) => {
        const r = await readFixture(spec, hostile[name]);
        if (r.error) expect(r.error).toBeInstanceOf(AppError);
        for (const s of r.skipped) {
          expect(s.reason).toMatch(/^[a-z-]+$/);
          expect(s.source.file).toBeTruthy();
        }
        for (const m of r.messages) expect(Number.isFinite(m.timestamp)).toBe(true);
      },
    );

    it('never throws on arbitrary bytes (fuzz, seed 1)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
          const fixture = Buffer.isBuffer(spec.valid)
            ? Buffer.from(bytes)
            : mapFixture(spec.valid, (_b, i) =>
                i.endsWith('users.json') ? Buffer.from('[]') : Buffer.from(bytes),
              );
          await readFixture(spec, fixture);
        }),
        { seed: 1, numRuns: 40 },
      );
    });
  });
  return { hostileCases: Object.keys(hostile).length + 1 };
}
