/**
 * Validation you can re-run: `npm run validate`
 *
 * Writes the "Leaders, groups and diffusion" section of docs/VALIDATION.md:
 * (a) leader precision@k and recall on the demo organization at several seeds and sizes, against the
 *     baselines "most messages sent", "highest in-degree" and "highest formal position";
 * (b) community recovery (NMI, ARI) on the real labelled networks in ../shared/data, side by side with
 *     igraph's Louvain and Leiden run in the same script;
 * (c) on the same real networks, the independent-cascade spread reached from the top-k leaders versus
 *     the top-k by degree and by PageRank.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  adjustedRandIndex,
  computeFactors,
  normalizedMutualInformation,
  precisionAtK,
  scoreLeaders,
} from '../src/analysis/index.js';
import { createInfluenceGraph, estimateReach } from '../src/campaign/index.js';
import { generateDemo } from '../src/demo/index.js';
import { buildGraph, leidenKernel, louvainKernel, pagerankKernel, rolesKernel } from '../src/graph/index.js';
import { runAnalysis, runIngest } from '../src/pipeline/index.js';
import { createRng } from '../src/shared/rng.js';
import { initWorkspace, openWorkspace } from '../src/store/index.js';
import { igraphCommunities } from './validate/igraph-communities.js';
import { loadLabelledNetworks, type LabelledNetwork } from './validate/real-networks.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '..', 'shared', 'data');
const DOC = join(ROOT, 'docs', 'VALIDATION.md');
const START = '<!-- validate:leaders:start -->';
const END = '<!-- validate:leaders:end -->';

const f3 = (x: number): string => x.toFixed(3);

interface DemoRow {
  seed: number;
  people: number;
  k: number;
  ours: number;
  oursRecall: number;
  sent: number;
  inDegree: number;
  formal: number;
  seconds: number;
}

function topIds(ids: readonly string[], value: (id: string) => number, k: number): string[] {
  return [...ids].sort((a, b) => value(b) - value(a) || a.localeCompare(b)).slice(0, k);
}

async function demoRow(seed: number, people: number): Promise<DemoRow> {
  const dir = join(tmpdir(), `sociogram-validate-${seed}-${people}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const manifest = await generateDemo({ outDir: join(dir, 'data'), people, seed });
  initWorkspace(dir, { ingest: { csv: manifest.csvMapping } });
  const ws = await openWorkspace(dir);
  try {
    await runIngest(ws, [manifest.files.mbox, manifest.files.telegram, manifest.files.dlp], {
      directory: manifest.files.directory,
    });
    const { output } = await runAnalysis(ws, { seed });
    const truth = JSON.parse(readFileSync(manifest.files.groundTruth, 'utf8')) as { leaders: string[] };
    const k = truth.leaders.length;
    const staff = output.people.map((p) => p.id);
    const activity = new Map((await ws.store.personActivity()).map((a) => [a.personId, a]));
    const ties = await ws.store.aggregateTies();
    const inDeg = new Map<string, number>();
    for (const t of ties) inDeg.set(t.target, (inDeg.get(t.target) ?? 0) + 1);
    const formal = new Map(output.people.map((p) => [p.id, p.formalRank ?? Number.MAX_SAFE_INTEGER]));
    const ours = precisionAtK(staff, truth.leaders, k);
    const p = (ranked: string[]): number => precisionAtK(ranked, truth.leaders, k).precision;
    return {
      seed,
      people,
      k,
      ours: ours.precision,
      oursRecall: ours.recall,
      sent: p(topIds(staff, (id) => activity.get(id)?.sent ?? 0, k)),
      inDegree: p(topIds(staff, (id) => inDeg.get(id) ?? 0, k)),
      formal: p(topIds(staff, (id) => -(formal.get(id) ?? 0), k)),
      seconds: (Date.now() - t0) / 1000,
    };
  } finally {
    await ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface CommunityRow {
  name: string;
  nodes: number;
  ours: { louvain: [number, number, number]; leiden: [number, number, number] };
  igraph: { louvain: [number, number, number]; leiden: [number, number, number] } | null;
}

function communityRow(net: LabelledNetwork): CommunityRow {
  const g = buildGraph(net.edges, { directed: false, nodes: net.nodes });
  const truth = net.truth;
  const score = (m: ArrayLike<number>, q: number): [number, number, number] => [
    normalizedMutualInformation(m, truth),
    adjustedRandIndex(m, truth),
    q,
  ];
  const lv = louvainKernel(g.csr, { resolution: 1, rng: createRng(1) });
  const ld = leidenKernel(g.csr, { resolution: 1, rng: createRng(1) });
  const ig = igraphCommunities(net);
  return {
    name: net.name,
    nodes: net.nodes.length,
    ours: { louvain: score(lv.membership, lv.modularity), leiden: score(ld.membership, ld.modularity) },
    igraph: ig ? { louvain: score(ig.louvain, ig.louvainQ), leiden: score(ig.leiden, ig.leidenQ) } : null,
  };
}

interface DiffusionRow {
  name: string;
  k: number;
  leaders: number;
  degree: number;
  pagerank: number;
}

function diffusionRow(net: LabelledNetwork, k: number): DiffusionRow {
  const directed = buildGraph(
    net.edges.flatMap((e) => [e, { ...e, source: e.target, target: e.source }]),
    {
      directed: true,
      nodes: net.nodes,
    },
  );
  const undirected = buildGraph(net.edges, { directed: false, nodes: net.nodes });
  const rng = createRng(7);
  const communities = louvainKernel(undirected.csr, { resolution: 1, rng });
  const roles = rolesKernel(undirected.csr, communities.membership, { weighted: true });
  const factors = computeFactors({
    ids: net.nodes,
    directed: directed.csr,
    undirected: undirected.csr,
    participation: roles.participation,
    activity: new Map(),
    months: 0,
    rng,
  });
  const structural = Object.fromEntries(
    ['pagerank', 'kcore', 'twoStepReach', 'betweenness', 'bridging', 'contacts'].map((f) => [f, factors[f]]),
  );
  const scored = scoreLeaders({ ids: net.nodes, factors: structural });
  const pr = pagerankKernel(directed.csr, { damping: 0.85 });
  const top = (value: ArrayLike<number>): number[] =>
    Array.from({ length: net.nodes.length }, (_, i) => i)
      .sort((a, b) => value[b] - value[a] || a - b)
      .slice(0, k);
  const ig = createInfluenceGraph(directed.csr, { alpha: 1, pMax: 0.5 });
  const reach = (seeds: number[]): number => estimateReach(ig, seeds, 2000, createRng(11));
  return {
    name: net.name,
    k,
    leaders: reach(top(scored.score)),
    degree: reach(top(factors.contacts)),
    pagerank: reach(top(pr)),
  };
}

function renderSection(demo: DemoRow[], comm: CommunityRow[], diff: DiffusionRow[]): string {
  const lines = [
    START,
    '## Leaders, groups and diffusion',
    '',
    `Made by \`npm run validate\` on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '### (a) Planted leaders in the demo organization (precision@k, k = planted leaders)',
    '',
    '| seed | people | k | Sociogram | recall | most sent | highest in-degree | highest formal position | seconds |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...demo.map(
      (r) =>
        `| ${r.seed} | ${r.people} | ${r.k} | **${f3(r.ours)}** | ${f3(r.oursRecall)} | ${f3(r.sent)} | ${f3(r.inDegree)} | ${f3(r.formal)} | ${r.seconds.toFixed(1)} |`,
    ),
    '',
    '### (b) Community recovery on real labelled networks (NMI / ARI / modularity)',
    '',
    '| network | nodes | Sociogram Louvain | Sociogram Leiden | igraph Louvain | igraph Leiden |',
    '|---|---:|---|---|---|---|',
    ...comm.map((r) => {
      const c = (x: [number, number, number]): string => `${f3(x[0])} / ${f3(x[1])} / ${f3(x[2])}`;
      const ig = r.igraph ? `${c(r.igraph.louvain)} | ${c(r.igraph.leiden)}` : 'n/a | n/a';
      return `| ${r.name} | ${r.nodes} | ${c(r.ours.louvain)} | ${c(r.ours.leiden)} | ${ig} |`;
    }),
    '',
    '### (c) Independent-cascade spread from the top-k (weighted cascade, p ≤ 0.5, 2,000 runs)',
    '',
    'Leaders are ranked by the structural part of the leader score only (these networks carry no messages).',
    '',
    '| network | k | top-k leaders | top-k degree | top-k PageRank |',
    '|---|---:|---:|---:|---:|',
    ...diff.map(
      (r) =>
        `| ${r.name} | ${r.k} | ${r.leaders.toFixed(1)} | ${r.degree.toFixed(1)} | ${r.pagerank.toFixed(1)} |`,
    ),
    END,
  ];
  return lines.join('\n');
}

function writeSection(section: string): void {
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Validation\n';
  const next = current.includes(START)
    ? current.slice(0, current.indexOf(START)) + section + current.slice(current.indexOf(END) + END.length)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOC, next);
}

async function main(): Promise<void> {
  const demo: DemoRow[] = [];
  for (const [seed, people] of [
    [42, 600],
    [7, 600],
    [2024, 300],
  ] as const) {
    process.stderr.write(`demo seed ${seed}, ${people} people…\n`);
    demo.push(await demoRow(seed, people));
  }
  const nets = existsSync(DATA) ? loadLabelledNetworks(DATA) : [];
  if (!nets.length) process.stderr.write('../shared/data not found: skipping real networks\n');
  const comm = nets.map(communityRow);
  const diff = nets.map((n) => diffusionRow(n, Math.max(2, Math.round(n.nodes.length * 0.05))));
  const section = renderSection(demo, comm, diff);
  writeSection(section);
  process.stdout.write(section + '\n');
}

await main();
