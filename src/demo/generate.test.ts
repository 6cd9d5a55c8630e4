// Tests of generateDemo: determinism for a seed, manifest contract, option validation.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { generateDemo, type DemoManifest } from './index.js';

const FILES = ['mbox', 'telegram', 'dlp', 'directory', 'groundTruth'] as const;
let root: string;
let first: DemoManifest;
let second: DemoManifest;
let other: DemoManifest;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sociogram-demo-'));
  first = await generateDemo({ outDir: join(root, 'a'), people: 120, seed: 7 });
  second = await generateDemo({ outDir: join(root, 'b'), people: 120, seed: 7 });
  other = await generateDemo({ outDir: join(root, 'c'), people: 120, seed: 8 });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('generateDemo', () => {
  it('writes byte-identical files for the same seed', async () => {
    for (const f of FILES) {
      const [a, b] = await Promise.all([readFile(first.files[f]), readFile(second.files[f])]);
      expect(a.equals(b), f).toBe(true);
    }
    expect(second.counts).toEqual(first.counts);
  });

  it('writes different files for another seed', async () => {
    const [a, c] = await Promise.all([readFile(first.files.mbox), readFile(other.files.mbox)]);
    expect(a.equals(c)).toBe(false);
  });

  it('returns absolute paths with the contract file names and the CSV mapping', () => {
    expect(first.files.mbox).toBe(join(root, 'a', 'mail.mbox'));
    expect(first.files.telegram).toBe(join(root, 'a', 'telegram', 'result.json'));
    expect(first.files.dlp.endsWith('dlp.csv')).toBe(true);
    expect(first.files.directory.endsWith('directory.csv')).toBe(true);
    expect(first.files.groundTruth.endsWith('ground-truth.json')).toBe(true);
    expect(first.csvMapping).toEqual({
      timestamp: 'timestamp',
      id: 'event_id',
      sender: 'user',
      recipients: 'recipients',
      recipientSeparator: ';',
      subject: 'subject',
      channel: 'channel',
      attachments: 'attachments',
      size: 'size',
    });
  });

  it('counts what it wrote and scales with people', async () => {
    expect(first.counts.people).toBe(120);
    expect(first.counts.departments).toBeGreaterThanOrEqual(4);
    const mbox = await readFile(first.files.mbox, 'latin1');
    expect(mbox.match(/^From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/gm)?.length).toBe(
      first.counts.emails,
    );
    const dlp = (await readFile(first.files.dlp, 'utf8')).trimEnd().split('\r\n');
    expect(dlp.length - 1).toBe(first.counts.dlpEvents);
    expect(first.counts.emails).toBeGreaterThan(1500);
    expect(first.counts.chatMessages).toBeGreaterThan(1500);
  });

  it('rejects invalid options with an InputError', async () => {
    await expect(generateDemo({ outDir: join(root, 'x'), people: 3 })).rejects.toBeInstanceOf(InputError);
    await expect(generateDemo({ outDir: join(root, 'x'), months: 0 })).rejects.toMatchObject({
      code: 'INPUT',
    });
    await expect(generateDemo({ outDir: join(root, 'x'), seed: 1.5 })).rejects.toMatchObject({
      code: 'INPUT',
    });
  });
});
