/**
 * Graph benchmark (`npm run bench:graph`)
 *
 * Generates seeded power-law graphs with planted groups (10k, 100k, 1M nodes, ~10 arcs per node) and
 * times every measure with our kernels, python-igraph and graph-tool side by side in the same run.
 * Each (tool, measure) runs in a fresh process, so the reported peak RSS is that of loading the graph
 * plus that one measure. Prints a Markdown table (time, peak memory, our time / their time).
 * Our children run the JavaScript that tsc compiles from the sources (as `npm run build` ships it),
 * built once per run into .tmp/bench-graph; `--runtime tsx` runs the TypeScript through tsx instead
 * (its loader thread adds ~30 MB RSS and more per worker thread).
 *
 * Usage: npm run bench:graph -- [--sizes 10000,100000] [--measures pagerank,kcore] [--tools ours,igraph]
 *        [--timeout 900] [--seed 1] [--runtime compiled|tsx] [--repeat 5] [--runs 5]
 * `--repeat R` (R > 1) runs each measure R times in its process and adds "warm" columns: the fastest
 * call after the first, i.e. the kernel once compiled (the first call includes V8's JIT warm-up).
 * `--runs K` (K > 1) starts K fresh processes per tool and measure and reports the median of their
 * times (peak memory: the largest), with every tool's range of first-call times in the notes: a single
 * first call of a few milliseconds varies by tens of percent from one process to the next.
 * Complexity: see each kernel's header; the 1M run needs ~2 GB RAM and several minutes per tool.
 */

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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
  readonly warmMs?: number | null;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/** Compiles our child and the graph engine it imports (bench/graph/tsconfig.json); returns its entry. */
function buildOurChild(): string {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const res = spawnSync(process.execPath, [tsc, '-p', join(HERE, 'tsconfig.json')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`bench/graph: tsc failed\n${res.stdout}${res.stderr}`);
  return join(ROOT, '.tmp', 'bench-graph', 'bench', 'graph', 'ours.js');
}

function runChild(
  tool: Tool,
  dir: string,
  measure: string,
  timeoutS: number,
  ourChild: string | null,
  repeat: number,
): Sample {
  const rep = String(repeat);
  const [cmd, args] =
    tool === 'ours'
      ? [
          process.execPath,
          ourChild === null
            ? ['--import', 'tsx', join(HERE, 'ours.ts'), dir, measure, rep]
            : [ourChild, dir, measure, rep],
        ]
      : ['/usr/bin/python3', ['-W', 'ignore', join(HERE, 'reference.py'), tool, dir, measure, rep]];
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
  ms === null
    ? '—'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${ms.toFixed(ms < 10 ? 2 : ms < 100 ? 1 : 0)} ms`;
const fmtMb = (mb: number | null) => (mb === null ? '—' : `${mb.toFixed(0)}`);
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/** K runs of one tool and measure as one sample: medians of the times, the largest peak memory. */
function combine(samples: readonly Sample[]): Sample {
  if (samples.length === 1) return samples[0];
  const ok = samples.filter((x) => x.ms !== null);
  if (ok.length < samples.length) return samples.find((x) => x.ms === null) ?? samples[0];
  const of = (pick: (x: Sample) => number | null | undefined): number | null => {
    const xs = ok.map(pick).filter((x): x is number => typeof x === 'number');
    return xs.length === ok.length ? median(xs) : null;
  };
  const times = ok.map((x) => x.ms as number);
  const range = `first calls ${fmtMs(Math.min(...times))}–${fmtMs(Math.max(...times))} over ${ok.length} runs`;
  return {
    ms: of((x) => x.ms),
    cpuMs: of((x) => x.cpuMs),
    rssMb: Math.max(...ok.map((x) => x.rssMb ?? 0)),
    warmMs: of((x) => x.warmMs),
    note: [ok[0].note, range].filter(Boolean).join(', '),
  };
}

function header(warm: boolean): string[] {
  const tool = (t: string) => [`${t} wall`, `${t} CPU`, `${t} MB`].concat(warm ? [`${t} warm`] : []);
  const vs = (t: string) => [`ours/${t} (wall)`].concat(warm ? [`ours/${t} (warm)`] : []);
  const cols = ['measure', ...tool('ours')];
  for (const t of ['igraph', 'graph-tool']) cols.push(...tool(t), ...vs(t));
  cols.push('notes');
  return [`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`];
}

function row(measure: string, s: Record<Tool, Sample>, warm: boolean): string {
  const o = s.ours;
  const cells = [measure, fmtMs(o.ms), fmtMs(o.cpuMs ?? null), fmtMb(o.rssMb)];
  if (warm) cells.push(fmtMs(o.warmMs ?? null));
  for (const t of ['igraph', 'graph-tool'] as const) {
    cells.push(fmtMs(s[t].ms), fmtMs(s[t].cpuMs ?? null), fmtMb(s[t].rssMb));
    if (warm) cells.push(fmtMs(s[t].warmMs ?? null));
    cells.push(ratio(o.ms, s[t].ms));
    if (warm) cells.push(ratio(o.warmMs ?? null, s[t].warmMs ?? null));
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
  const runtime = arg('runtime', 'compiled');
  const repeat = Number(arg('repeat', '1'));
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`bench/graph: invalid --repeat ${repeat}`);
  const runs = Number(arg('runs', '1'));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench/graph: invalid --runs ${runs}`);
  const warm = repeat > 1;
  if (runtime !== 'compiled' && runtime !== 'tsx')
    throw new Error(`bench/graph: unknown --runtime ${runtime}`);
  const ourChild = tools.has('ours') && runtime === 'compiled' ? buildOurChild() : null;
  process.stderr.write(`our children: ${ourChild === null ? 'TypeScript through tsx' : ourChild}\n`);
  for (const n of sizes) {
    process.stderr.write(`generating n=${n} (seed ${seed})…\n`);
    const dir = benchGraphFiles(n, seed);
    const out = [`\n#### n = ${n.toLocaleString('en')} nodes\n`, ...header(warm)];
    let total = 0;
    const missing: string[] = [];
    for (const measure of measures) {
      const s = {} as Record<Tool, Sample>;
      for (const tool of TOOLS) {
        if (!tools.has(tool)) {
          s[tool] = { ms: null, cpuMs: null, rssMb: null, note: '' };
          continue;
        }
        process.stderr.write(`  n=${n} ${measure} ${tool}…\n`);
        const samples: Sample[] = [];
        for (let r = 0; r < runs; r++)
          samples.push(runChild(tool, dir, measure, timeoutS, ourChild, measure === 'load' ? 1 : repeat));
        s[tool] = combine(samples);
      }
      if (measure !== 'load' && tools.has('ours')) {
        if (s.ours.ms === null) missing.push(measure);
        else total += s.ours.ms;
      }
      out.push(row(measure, s, warm));
      process.stderr.write(`${out[out.length - 1]}\n`);
    }
    if (tools.has('ours')) {
      const ran = measures.length - 1 - missing.length;
      const gaps = missing.length > 0 ? `; no time for ${missing.join(', ')}` : '';
      out.push(
        `\nOur whole measure set (excluding load, sum of wall times of ${ran} measures${gaps}): ${fmtMs(total)}.`,
      );
    }
    process.stdout.write(`${out.join('\n')}\n`);
  }
}

main();
