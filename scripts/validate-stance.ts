/**
 * Validate the sentiment/stance scorer on labelled Russian posts
 *
 * Evaluates Sociogram's shipped lexicon (and, for comparison only, RuSentiLex plugged into the same
 * pipeline) on RuSentiment (Rogers et al., COLING 2018): 3-class positive/negative/neutral, with
 * the thresholds on the message score tuned for macro-F1 on the random-posts file (dev) and
 * reported on the official test file, against a majority-class baseline.
 *
 * Notes:
 * - Reads `../shared/data/russian-text` (beside the repo); exits with a message when absent.
 * - RuSentiLex and RuSentiment are non-commercial / unclear-licence resources: they are read at run
 *   time only and nothing derived from them is written into the repository.
 * - Posts labelled `speech` (greetings, thanks) and `skip` are left out, as in the paper's 3-class
 *   setting; `--speech-as-positive` folds `speech` into positive instead.
 *
 * Run: npm run validate:stance [-- --speech-as-positive]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  classificationReport,
  createFeatureExtractor,
  loadMarkers,
  type MarkerSet,
} from '../src/text/index.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'russian-text');
const LABELS = ['positive', 'negative', 'neutral'] as const;
const speechAsPositive = process.argv.includes('--speech-as-positive');

interface Post {
  label: string;
  text: string;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function readPosts(file: string): Post[] {
  const raw = file.endsWith('.gz')
    ? gunzipSync(readFileSync(file)).toString('utf8')
    : readFileSync(file, 'utf8');
  const posts: Post[] = [];
  for (const [label, text] of parseCsv(raw).slice(1)) {
    const l = label === 'speech' && speechAsPositive ? 'positive' : label;
    if ((LABELS as readonly string[]).includes(l) && text !== undefined) posts.push({ label: l, text });
  }
  return posts;
}

/** RuSentiLex single-word entries as a sentiment map (comparison only; never written anywhere). */
function rusentilexMarkers(base: MarkerSet): MarkerSet | undefined {
  const file = join(DATA, 'rusentilex', 'rusentilex_2017.txt');
  if (!existsSync(file)) return undefined;
  const words = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('!')) continue;
    const f = line.split(',').map((s) => s.trim());
    if (f.length < 4 || f[0].includes(' ')) continue;
    const s = f[3].replace(/^pos\w*$/, 'positive');
    if (s === 'positive') words.set(f[0], 2);
    else if (s === 'negative') words.set(f[0], -2);
  }
  return { ...base, sentiment: { ...base.sentiment, words } };
}

function classify(score: number, pos: number, neg: number): string {
  return score > pos ? 'positive' : score < -neg ? 'negative' : 'neutral';
}

/** The (pos, neg) thresholds maximising macro-F1 on `scores` (grid 0…0.6 by 0.01). */
function tuneThresholds(scores: number[], gold: string[]): { pos: number; neg: number; f1: number } {
  let best = { pos: 0, neg: 0, f1: -1 };
  for (let p = 0; p <= 60; p++) {
    for (let q = 0; q <= 60; q++) {
      const pred = scores.map((s) => classify(s, p / 100, q / 100));
      const f1 = classificationReport(gold, pred, LABELS).macroF1;
      if (f1 > best.f1) best = { pos: p / 100, neg: q / 100, f1 };
    }
  }
  return best;
}

function evaluate(name: string, markers: MarkerSet, dev: Post[], test: Post[]): string {
  const extract = createFeatureExtractor(markers);
  const devScores = dev.map((p) => extract(p.text).sentiment);
  const t = tuneThresholds(
    devScores,
    dev.map((p) => p.label),
  );
  const pred = test.map((p) => classify(extract(p.text).sentiment, t.pos, t.neg));
  const r = classificationReport(
    test.map((p) => p.label),
    pred,
    LABELS,
  );
  const f = (x: number) => x.toFixed(3);
  const per = LABELS.map((l) => `${l} ${f(r.perClass[l].f1)}`).join(', ');
  return `| ${name} | ${f(r.accuracy)} | ${f(r.macroF1)} | ${per} | +${t.pos} / −${t.neg} |`;
}

function main(): void {
  const testFile = join(DATA, 'rusentiment', 'rusentiment_test.csv');
  const devFile = join(DATA, 'rusentiment', 'rusentiment_random_posts.csv.gz');
  if (!existsSync(testFile) || !existsSync(devFile)) {
    console.log(
      `validate-stance: RuSentiment not found under ${join('..', 'shared', 'data', 'russian-text')}; skipped`,
    );
    return;
  }
  const dev = readPosts(devFile);
  const test = readPosts(testFile);
  const counts = Object.fromEntries(LABELS.map((l) => [l, test.filter((p) => p.label === l).length]));
  const majority = LABELS.reduce((a, b) => (counts[a] >= counts[b] ? a : b));
  const base = classificationReport(
    test.map((p) => p.label),
    test.map(() => majority),
    LABELS,
  );
  console.log(
    `RuSentiment 3-class${speechAsPositive ? ' (speech → positive)' : ''}: dev ${dev.length} posts, test ${test.length} posts ${JSON.stringify(counts)}\n`,
  );
  console.log('| System | Accuracy | Macro-F1 | F1 per class | Thresholds (dev-tuned) |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(
    `| Majority class (${majority}) | ${base.accuracy.toFixed(3)} | ${base.macroF1.toFixed(3)} | — | — |`,
  );
  const shipped = loadMarkers();
  console.log(evaluate('Sociogram shipped lexicon (own, Apache-2.0)', shipped, dev, test));
  const noNegation = {
    ...shipped,
    sentiment: { ...shipped.sentiment, negators: [], intensifiers: new Map(), contrast: [] },
  };
  console.log(evaluate('  same, without negation/intensifiers/contrast', noNegation, dev, test));
  const rsl = rusentilexMarkers(shipped);
  if (rsl) console.log(evaluate('RuSentiLex words in the same pipeline (comparison only)', rsl, dev, test));
}

main();
