/**
 * Graph benchmark (`npm run bench:graph`)
 *
 * Generates seeded power-law graphs with planted groups (10k, 100k, 1M nodes, ~10 arcs per node) and
 * times every measure with our kernels, python-igraph and graph-tool side by side in the same run.
 * Each (tool, measure) runs in a fresh process, so the reported peak RSS is that of loading the graph
 * plus that one measure. Prints a Markdown table (time, peak memory, our time / their time).
 *
 * Usage: npm run bench:graph -- [--sizes 10000,100000] [--measures pagerank,kcore] [--tools ours,igraph]
 *        [--timeout 900] [--seed 1]
 * Complexity: see each kernel's header; the 1M run needs ~2 GB RAM and several minutes per tool.
 */

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGraphFiles } from './generate.js';
import { OUR_MEASURES } from './our-measures.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const TOOLS = ['ours', 'igraph', 'graph-tool'] as const;
type Tool = (typeof TOOLS)[number];

interface Sample {
  readonly ms: number | null;
  readonly cpuMs?: number | null;
  readonly rssMb: number | null;
  readonly note: string;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

function runChild(tool: Tool, dir: string, measure: string, timeoutS: number): Sample {
  const [cmd, args] =
    tool === 'ours'
      ? [process.execPath, ['--import', 'tsx', join(HERE, 'ours.ts'), dir, measure]]
      : ['/usr/bin/python3', ['-W', 'ignore', join(HERE, 'reference.py'), tool, dir, measure]];
  const res = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 1 << 24,
  });
  if (res.error || res.status !== 0) {
    const why = res.error?.message.includes('ETIMEDOUT') ? `timeout ${timeoutS}s` : `failed (${res.status})`;
    process.stderr.write(`  ${tool} ${measure}: ${why}\n${res.stderr.slice(-500)}\n`);
    return { ms: null, cpuMs: null, rssMb: null, note: why };
  }
  const line = res.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as Sample;
}

const fmtMs = (ms: number | null) =>
  ms === null ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
const fmtMb = (mb: number | null) => (mb === null ? '—' : `${mb.toFixed(0)}`);
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

function row(measure: string, s: Record<Tool, Sample>): string {
  const o = s.ours;
  const cells = [measure, fmtMs(o.ms), fmtMs(o.cpuMs ?? null), fmtMb(o.rssMb)];
  for (const t of ['igraph', 'graph-tool'] as const) {
    cells.push(fmtMs(s[t].ms), fmtMs(s[t].cpuMs ?? null), fmtMb(s[t].rssMb), ratio(o.ms, s[t].ms));
  }
  const notes = TOOLS.map((t) => (s[t].note ? `${t}: ${s[t].note}` : '')).filter(Boolean);
  cells.push(notes.join('; '));
  return `| ${cells.join(' | ')} |`;
}

function main(): void {
  const sizes = arg('sizes', '10000,100000,1000000').split(',').map(Number);
  const measures = ['load', ...arg('measures', Object.keys(OUR_MEASURES).join(',')).split(',')];
  const timeoutS = Number(arg('timeout', '900'));
  const seed = Number(arg('seed', '1'));
  const tools = new Set(arg('tools', TOOLS.join(',')).split(','));
  for (const n of sizes) {
    process.stderr.write(`generating n=${n} (seed ${seed})…\n`);
    const dir = benchGraphFiles(n, seed);
    const out = [
      `\n#### n = ${n.toLocaleString('en')} nodes\n`,
      '| measure | ours wall | ours CPU | ours MB | igraph wall | igraph CPU | igraph MB | ours/igraph (wall) | graph-tool wall | graph-tool CPU | graph-tool MB | ours/graph-tool (wall) | notes |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ];
    let total = 0;
    for (const measure of measures) {
      const s = {} as Record<Tool, Sample>;
      for (const tool of TOOLS) {
        if (!tools.has(tool)) {
          s[tool] = { ms: null, cpuMs: null, rssMb: null, note: '' };
          continue;
        }
        process.stderr.write(`  n=${n} ${measure} ${tool}…\n`);
        s[tool] = runChild(tool, dir, measure, timeoutS);
      }
      if (measure !== 'load') total += s.ours.ms ?? 0;
      out.push(row(measure, s));
      process.stderr.write(`${out[out.length - 1]}\n`);
    }
    out.push(`\nOur whole measure set (excluding load): ${fmtMs(total)}.`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
}

main();
