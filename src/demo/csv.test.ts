// The DLP log and the staff directory parsed by an independent CSV parser (Python's `csv` module).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, type DemoManifest, type GroundTruth } from './index.js';

const PYTHON = '/usr/bin/python3';
const hasPython = existsSync(PYTHON);
const SKIP = hasPython ? '' : ' (skipped: /usr/bin/python3 not found)';
const SCRIPT = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
print(json.dumps({"header": rows[0], "rows": rows[1:]}, ensure_ascii=False))
`;

type Table = { header: string[]; rows: string[][] };
let root: string;
let manifest: DemoManifest;
let dlp: Table;
let directory: Table;
let truth: GroundTruth;

function parse(file: string): Table {
  return JSON.parse(
    execFileSync(PYTHON, ['-c', SCRIPT, file], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  ) as Table;
}

describe.skipIf(!hasPython)(`CSV files read by Python csv${SKIP}`, () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sociogram-csv-'));
    manifest = await generateDemo({ outDir: root, people: 120, seed: 3 });
    dlp = parse(manifest.files.dlp);
    directory = parse(manifest.files.directory);
    truth = JSON.parse(await readFile(manifest.files.groundTruth, 'utf8')) as GroundTruth;
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('directory: exact header, one row per person, ids as in the ground truth', () => {
    expect(directory.header).toEqual([
      'id',
      'name',
      'department',
      'position',
      'manager_id',
      'emails',
      'phones',
      'telegram',
      'slack',
      'sex',
    ]);
    expect(directory.rows.length).toBe(manifest.counts.people);
    const ids = directory.rows.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(truth.leaders.every((id) => ids.includes(id))).toBe(true);
    for (const r of directory.rows) {
      expect(r).toHaveLength(10);
      expect(r[1]?.split(' ')).toHaveLength(3);
      expect(r[5]).toMatch(/^[a-z0-9.]+@ozersk\.ru(;[a-z0-9._]+@[a-z.]+)?$/);
      for (const t of r[7] ? r[7].split(';') : []) expect(t).toMatch(/^(user\d+|@\w{5,32})$/);
      expect(['M', 'F']).toContain(r[9]);
      if (r[4]) expect(ids).toContain(r[4]);
    }
    expect(directory.rows.some((r) => r[5]?.includes(';'))).toBe(true);
  });

  it('dlp: exact header, row count, +05:00 timestamps, users from the directory', () => {
    expect(dlp.header).toEqual([
      'timestamp',
      'event_id',
      'user',
      'channel',
      'action',
      'recipients',
      'subject',
      'attachments',
      'size',
    ]);
    expect(dlp.rows.length).toBe(manifest.counts.dlpEvents);
    const emails = new Set(directory.rows.map((r) => r[5]?.split(';')[0]));
    const channels = new Set<string>();
    for (const r of dlp.rows) {
      expect(r[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/);
      expect(emails.has(r[2])).toBe(true);
      channels.add(r[3]);
      for (const to of r[5] ? r[5].split(';') : []) expect(to).toMatch(/^[^;\s]+@[^;\s]+$/);
      expect(Number(r[8])).toBeGreaterThan(0);
    }
    expect([...channels].sort()).toEqual(['cloud', 'email', 'messenger', 'print', 'usb', 'web-mail']);
  });
});
