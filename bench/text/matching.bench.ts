/**
 * Benchmark: marker matching throughput
 *
 * Runs the feature extractor (normalise, tokenize, stem-cache lookups, topics, phrases, regexes,
 * sentiment, stance) over a corpus and reports MB/s of UTF-8 text on one core. The target
 * is ≥ 20 MB/s. Corpus: RuSentiment posts (Russian) and the Clearwater mailing list (English) from
 * `../shared/data` when present, else a synthetic Russian/English corpus built from a seeded rng.
 *
 * Complexity: O(characters) per message plus O(regex rules × characters); memory O(distinct words)
 * for the stem cache (bounded).
 *
 * Run: npm run bench:text
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createRng, pick } from '../../src/shared/rng.js';
import { createFeatureExtractor, loadMarkers } from '../../src/text/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(ROOT, '..', 'shared', 'data');

function realCorpus(): string[] {
  const out: string[] = [];
  const ru = join(DATA, 'russian-text', 'rusentiment', 'rusentiment_random_posts.csv.gz');
  if (existsSync(ru))
    out.push(
      ...gunzipSync(readFileSync(ru))
        .toString('utf8')
        .split(/\n(?=[a-z]+,)/),
    );
  const enDir = join(DATA, 'mailing-list-clearwater');
  for (const f of ['2015-July.txt.gz', '2015-August.txt.gz']) {
    const p = join(enDir, f);
    if (existsSync(p))
      out.push(
        ...gunzipSync(readFileSync(p))
          .toString('utf8')
          .split(/\n(?=From )/),
      );
  }
  return out;
}

function syntheticCorpus(): string[] {
  const rng = createRng(7);
  const words =
    'администрация города провела благоустройство двора и ремонт дорог жители очень довольны но остались проблемы с отоплением the mayor said road repair will start soon residents are not happy about the delays спасибо волонтерам за субботник в парке'.split(
      ' ',
    );
  const out: string[] = [];
  for (let m = 0; m < 20_000; m++) {
    const n = 10 + Math.floor(rng() * 80);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(pick(rng, words) + (rng() < 0.1 ? '.' : ''));
    out.push(parts.join(' '));
  }
  return out;
}

/** Wall and CPU seconds of `f` (CPU time is what "one core" means on a shared machine). */
function measure(f: () => void): { wall: number; cpu: number } {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
}

function run(name: string, corpus: readonly string[]): void {
  const extract = createFeatureExtractor(loadMarkers());
  const bytes = corpus.reduce((s, t) => s + Buffer.byteLength(t), 0);
  // First pass: every new word is stemmed and looked up once (the word cache is cold). Reported on
  // its own, because a short corpus read once is dominated by it while a long stream is not.
  let topics = 0;
  const cold = measure(() => {
    for (const text of corpus) topics += Object.keys(extract(text).topics).length;
  });
  const rounds = Math.max(1, Math.ceil(60e6 / bytes));
  const mb = (bytes * rounds) / 1e6;
  const t = measure(() => {
    for (let r = 0; r < rounds; r++)
      for (const text of corpus) topics += Object.keys(extract(text).topics).length;
  });
  let parts = 0;
  const ref = measure(() => {
    for (let r = 0; r < rounds; r++)
      for (const text of corpus) parts += text.toLowerCase().split(/\s+/).length;
  });
  console.log(
    `${name}: ${corpus.length} messages, ${(bytes / 1e6).toFixed(1)} MB × ${rounds}, ${topics} topic hits\n` +
      `  extractor, first pass (cold word cache): ${(bytes / 1e6 / cold.cpu).toFixed(1)} MB/s per CPU-second\n` +
      `  extractor, steady state (warm word cache): ${(mb / t.cpu).toFixed(1)} MB/s per CPU-second (${(mb / t.wall).toFixed(1)} MB/s wall)\n` +
      `  reference, toLowerCase + split(/\\s+/) only: ${(mb / ref.cpu).toFixed(1)} MB/s per CPU-second (${parts} parts)`,
  );
}

const real = realCorpus();
if (real.length > 0) run('real corpus (RuSentiment + Clearwater)', real);
else console.log('real corpus: ../shared/data not found, skipped');
run('synthetic corpus', syntheticCorpus());
