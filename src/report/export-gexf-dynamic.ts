/**
 * Dynamic GEXF export
 *
 * Writes a windowed analysis as a dynamic GEXF 1.3 graph for Gephi's timeline: each person and tie
 * carries `<spells>` for the windows it appears in, and score, rank and community are dynamic
 * attributes with one value per window (tie weight likewise). Dates are window days, inclusive.
 *
 * References: GEXF 1.3 specification, https://gexf.net/ ("Dynamics": spells, dynamic attributes).
 */
import { xmlEscape } from './export-gexf.js';
import type { DynamicExportModel, DynamicExportWindow } from './export-model.js';

interface Span {
  readonly start: string;
  readonly end: string;
}

interface NodeTrack {
  label: string;
  department: string | undefined;
  spells: Span[];
  values: { span: Span; community: number; score: number; rank: number }[];
}

interface EdgeTrack {
  source: string;
  target: string;
  spells: Span[];
  weights: { span: Span; weight: number }[];
}

function collect(windows: readonly DynamicExportWindow[]): {
  nodes: Map<string, NodeTrack>;
  edges: Map<string, EdgeTrack>;
} {
  const nodes = new Map<string, NodeTrack>();
  const edges = new Map<string, EdgeTrack>();
  for (const w of windows) {
    const span = { start: w.start, end: w.end };
    for (const p of w.people) {
      const n = nodes.get(p.id) ?? { label: p.label, department: p.department, spells: [], values: [] };
      n.spells.push(span);
      n.values.push({ span, community: p.community, score: p.score, rank: p.rank });
      nodes.set(p.id, n);
    }
    for (const e of w.edges) {
      const key = `${e.source}\u0000${e.target}`;
      const t = edges.get(key) ?? { source: e.source, target: e.target, spells: [], weights: [] };
      t.spells.push(span);
      t.weights.push({ span, weight: e.weight });
      edges.set(key, t);
    }
  }
  return { nodes, edges };
}

const spellXml = (indent: string, spells: readonly Span[]): string[] => [
  `${indent}<spells>`,
  ...spells.map((s) => `${indent}  <spell start="${s.start}" end="${s.end}"/>`),
  `${indent}</spells>`,
];

const attvalue = (indent: string, key: string, value: string | number, span?: Span): string =>
  `${indent}<attvalue for="${key}" value="${xmlEscape(String(value))}"${span ? ` start="${span.start}" end="${span.end}"` : ''}/>`;

function nodeXml(id: string, n: NodeTrack): string[] {
  const lines = [`      <node id="${xmlEscape(id)}" label="${xmlEscape(n.label)}">`, '        <attvalues>'];
  if (n.department !== undefined) lines.push(attvalue('          ', 'department', n.department));
  for (const v of n.values) {
    lines.push(
      attvalue('          ', 'community', v.community, v.span),
      attvalue('          ', 'score', v.score, v.span),
      attvalue('          ', 'rank', v.rank, v.span),
    );
  }
  lines.push('        </attvalues>', ...spellXml('        ', n.spells), '      </node>');
  return lines;
}

function edgeXml(i: number, e: EdgeTrack): string[] {
  const last = e.weights[e.weights.length - 1]?.weight ?? 1;
  return [
    `      <edge id="${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${last}">`,
    '        <attvalues>',
    ...e.weights.map((w) => attvalue('          ', 'weight', w.weight, w.span)),
    '        </attvalues>',
    ...spellXml('        ', e.spells),
    '      </edge>',
  ];
}

/** The windowed analysis as a dynamic GEXF document (a timeline in Gephi). */
export function toDynamicGexf(model: DynamicExportModel): string {
  const { nodes, edges } = collect(model.windows);
  const first = model.windows[0]?.start;
  const last = model.windows[model.windows.length - 1]?.end;
  const bounds = first && last ? ` start="${first}" end="${last}"` : '';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${model.generatedAt.slice(0, 10)}"><creator>Sociogram</creator>` +
      `<description>windows by ${xmlEscape(model.period)}</description></meta>`,
    `  <graph mode="dynamic" defaultedgetype="directed" timeformat="date"${bounds}>`,
    '    <attributes class="node" mode="static">',
    '      <attribute id="department" title="department" type="string"/>',
    '    </attributes>',
    '    <attributes class="node" mode="dynamic">',
    '      <attribute id="community" title="community" type="integer"/>',
    '      <attribute id="score" title="score" type="double"/>',
    '      <attribute id="rank" title="rank" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="dynamic">',
    '      <attribute id="weight" title="weight" type="double"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const [id, n] of nodes) lines.push(...nodeXml(id, n));
  lines.push('    </nodes>', '    <edges>');
  [...edges.values()].forEach((e, i) => lines.push(...edgeXml(i, e)));
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
