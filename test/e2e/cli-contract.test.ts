/**
 * The CLI contract: command names, flags, JSON fields and exit codes that outside checks rely on.
 * Runs the built CLI on a small demo organization.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeTempDir } from '../../src/test-helpers/temp-dir.js';
import { isBuilt, runCli, type CliRun } from './run-cli.js';

const built = isBuilt();
let dir = '';
let demo: CliRun;

beforeAll(() => {
  if (!built) return;
  dir = join(makeTempDir(), 'demo');
  demo = runCli(['demo', '--out', dir, '--people', '150', '--seed', '7', '--json']);
});
afterAll(cleanupTempDirs);

describe.skipIf(!built)('sociogram CLI contract (run `npm run build` first)', () => {
  it('demo generates, ingests and analyses, and reports precision@k', () => {
    expect(demo.code, demo.stderr).toBe(0);
    const out = JSON.parse(demo.stdout) as {
      precisionAtK: { k: number; precision: number };
      counts: { people: number };
      messagesByChannel: { channel: string; messages: number }[];
    };
    expect(out.counts.people).toBeGreaterThanOrEqual(100);
    expect(out.precisionAtK.k).toBeGreaterThan(0);
    expect(out.messagesByChannel.map((c) => c.channel).sort()).toEqual(['chat', 'dlp-event', 'email']);
  });

  it('status --json reports messages by source and channel, people and runs', () => {
    const r = runCli(['status', '--workspace', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { people: number; analysisRuns: number; messagesBySource: unknown[] };
    expect(s.people).toBeGreaterThan(0);
    expect(s.analysisRuns).toBe(1);
    expect(s.messagesBySource.length).toBeGreaterThanOrEqual(3);
  });

  it('re-ingesting the same files adds nothing', () => {
    const before = JSON.parse(runCli(['status', '--workspace', dir, '--json']).stdout) as {
      messagesByChannel: { messages: number }[];
    };
    const data = join(dir, 'data');
    const r = runCli([
      'ingest',
      join(data, 'mail.mbox'),
      join(data, 'telegram', 'result.json'),
      join(data, 'dlp.csv'),
      '--workspace',
      dir,
      '--directory',
      join(data, 'directory.csv'),
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { summary: { added: number } }).summary.added).toBe(0);
    const after = JSON.parse(runCli(['status', '--workspace', dir, '--json']).stdout) as typeof before;
    expect(after.messagesByChannel).toEqual(before.messagesByChannel);
  });

  it('leaders --json lists ranked people with explanations, pseudonymous by default', () => {
    const r = runCli(['leaders', '--workspace', dir, '--top', '5', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { leaders } = JSON.parse(r.stdout) as {
      leaders: { id: string; rank: number; explanation: unknown[] }[];
    };
    expect(leaders.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(leaders[0].explanation.length).toBeGreaterThan(0);
    expect(leaders[0].id).not.toMatch(/^p\d+$/);
  });

  it('export json carries people, communities and edges; --identified adds addresses', () => {
    const out = join(dir, 'export.json');
    expect(runCli(['export', '--workspace', dir, '--format', 'json', '--out', out]).code).toBe(0);
    const plain = JSON.parse(readFileSync(out, 'utf8')) as {
      people: Record<string, unknown>[];
      communities: { id: number; size: number; members: string[] }[];
      edges: { source: string; target: string; weight: number }[];
    };
    for (const key of ['id', 'label', 'community', 'score', 'rank', 'metrics'])
      expect(plain.people[0]).toHaveProperty(key);
    expect((plain.people[0].metrics as Record<string, number>).pagerank).toBeGreaterThan(0);
    expect(plain.communities[0].members.length).toBe(plain.communities[0].size);
    expect(plain.edges[0].weight).toBeGreaterThan(0);
    expect(plain.people[0]).not.toHaveProperty('addresses');

    const idOut = join(dir, 'export-id.json');
    expect(
      runCli(['export', '--workspace', dir, '--format', 'json', '--out', idOut, '--identified']).code,
    ).toBe(0);
    const identified = JSON.parse(readFileSync(idOut, 'utf8')) as {
      people: { id: string; addresses: string[] }[];
    };
    expect(identified.people[0].id).toMatch(/^p\d+$/);
    expect(identified.people.some((p) => p.addresses.some((a) => a.startsWith('email:')))).toBe(true);
  });

  it("map shows a leader's communication map, found by pseudonym, without raw identifiers", () => {
    const { leaders } = JSON.parse(
      runCli(['leaders', '--workspace', dir, '--top', '1', '--json']).stdout,
    ) as {
      leaders: { id: string }[];
    };
    const r = runCli(['map', leaders[0].id, '--workspace', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const map = JSON.parse(r.stdout) as {
      contacts: { personId: string; outWeight: number; inWeight: number }[];
      rhythm: number[][];
      topics: Record<string, number>;
    };
    expect(map.contacts.length).toBeGreaterThan(0);
    expect(map.contacts[0].personId).toMatch(/^P-/);
    expect(map.rhythm).toHaveLength(7);
    expect(r.stdout).not.toMatch(/@ozersk\.ru|"p\d{4}"/);
  });

  it('groups lists interest groups with keywords, departments and cohesion', () => {
    const r = runCli(['groups', '--workspace', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { groups } = JSON.parse(r.stdout) as {
      groups: { size: number; keywords: string[]; departments: Record<string, number>; cohesion: number }[];
    };
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.some((g) => g.keywords.length > 0)).toBe(true);
    for (const g of groups) expect(g.size).toBeGreaterThanOrEqual(5);
  });

  it('analyze on a workspace with no messages gives a clear, empty result', () => {
    const ws = join(makeTempDir(), 'empty');
    expect(runCli(['init', '--workspace', ws]).code).toBe(0);
    const r = runCli(['analyze', '--workspace', ws, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ people: 0, edges: 0 });
  });

  it('export gexf and csv are written', () => {
    const g = join(dir, 'graph.gexf');
    expect(runCli(['export', '--workspace', dir, '--format', 'gexf', '--out', g]).code).toBe(0);
    expect(readFileSync(g, 'utf8')).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const c = join(dir, 'people.csv');
    expect(runCli(['export', '--workspace', dir, '--format', 'csv', '--out', c]).code).toBe(0);
    expect(readFileSync(c, 'utf8').split('\r\n')[0]).toContain('id,label,community,rank,score');
  });

  it('trends compares month windows, analyze --period reuses them, export gexf --dynamic writes a timeline', () => {
    const r = runCli(['trends', '--workspace', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      period: string;
      windows: { label: string; thin: boolean }[];
      transitions: { nmi: number | null; alerts: { explanation: { en: string; ru: string } }[] }[];
    };
    expect(out.period).toBe('month');
    expect(out.windows.filter((w) => !w.thin).map((w) => w.label)).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(out.transitions).toHaveLength(2);
    for (const a of out.transitions.flatMap((t) => t.alerts)) expect(a.explanation.ru).not.toBe('');
    const a = runCli(['analyze', '--workspace', dir, '--period', 'month', '--json']);
    expect(a.code, a.stderr).toBe(0);
    const windows = (JSON.parse(a.stdout) as { windows: { thin: boolean; reused: boolean }[] }).windows;
    expect(windows.filter((w) => !w.thin).every((w) => w.reused)).toBe(true);
    const g = join(dir, 'timeline.gexf');
    const e = runCli(['export', 'gexf', '--dynamic', '--period', 'month', '--workspace', dir, '--out', g]);
    expect(e.code, e.stderr).toBe(0);
    expect(readFileSync(g, 'utf8')).toContain(
      '<graph mode="dynamic" defaultedgetype="directed" timeformat="date"',
    );
  });

  it('exits 2 with one line on stderr for a usage error', () => {
    const r = runCli(['export', '--workspace', dir, '--format', 'pdf', '--out', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(runCli(['no-such-command']).code).toBe(2);
  });

  it('names the file when a source cannot be read, and fails with exit 1 or 2', () => {
    const r = runCli(['ingest', join(dir, 'missing.mbox'), '--workspace', dir]);
    expect([1, 2]).toContain(r.code);
    expect(r.stderr).toContain('missing.mbox');
  });

  it('says in English and Russian when a CSV log is read row by row instead of in one pass', () => {
    const ws = join(makeTempDir(), 'ws');
    expect(runCli(['init', '--workspace', ws]).code).toBe(0);
    const config = JSON.parse(readFileSync(join(ws, 'sociogram.json'), 'utf8')) as Record<string, unknown>;
    const demoConfig = JSON.parse(readFileSync(join(dir, 'sociogram.json'), 'utf8')) as { ingest: unknown };
    writeFileSync(join(ws, 'sociogram.json'), JSON.stringify({ ...config, ingest: demoConfig.ingest }));
    const text = readFileSync(join(dir, 'data', 'dlp.csv'), 'utf8');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(eol);
    for (const [lang, at, said] of [
      ['en', 5, 'gap-en.csv: read row by row, not in one pass (1 blank line(s) between records)'],
      ['ru', 9, 'gap-ru.csv: прочитан построчно, а не за один проход (пустых строк между записями: 1)'],
    ] as const) {
      const file = join(ws, `gap-${lang}.csv`);
      writeFileSync(file, [...lines.slice(0, at), '', ...lines.slice(at)].join(eol));
      const r = runCli(['ingest', file, '--workspace', ws], { SOCIOGRAM_LANG: lang });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(said);
    }
  });

  it('init creates an embedded workspace, and refuses a ClickHouse one without --url', () => {
    const ws = join(makeTempDir(), 'ws');
    const r = runCli(['init', '--workspace', ws, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ backend: 'duckdb' });
    expect(runCli(['status', '--workspace', ws, '--json']).code).toBe(0);
    expect(runCli(['init', '--workspace', ws, '--store', 'clickhouse']).code).toBe(2);
  });

  it('--help lists every contract command', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['demo', 'ingest', 'analyze', 'leaders', 'trends', 'status', 'export'])
      expect(r.stdout).toContain(c);
  });
});
