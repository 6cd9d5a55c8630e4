/**
 * GEXF export
 *
 * Writes the analysis as GEXF 1.3 for Gephi: people as nodes with community, score, rank and every
 * metric as attributes; directed weighted edges.
 *
 * References: GEXF 1.3 specification, https://gexf.net/
 */
import type { ExportModel } from './export-model.js';

/** Escapes text for an XML attribute value. */
export function xmlEscape(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export function toGexf(model: ExportModel): string {
  const metricNames = [...new Set(model.people.flatMap((p) => Object.keys(p.metrics)))].sort();
  const attrs = [
    { id: 'community', type: 'integer' },
    { id: 'score', type: 'double' },
    { id: 'rank', type: 'integer' },
    { id: 'department', type: 'string' },
    ...metricNames.map((m) => ({ id: m, type: 'double' })),
  ];
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${model.generatedAt.slice(0, 10)}"><creator>Sociogram</creator></meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    ...attrs.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const p of model.people) {
    const values: [string, string | number | undefined][] = [
      ['community', p.community],
      ['score', p.score],
      ['rank', p.rank],
      ['department', p.department],
      ...metricNames.map((m): [string, number | undefined] => [m, p.metrics[m]]),
    ];
    lines.push(`      <node id="${xmlEscape(p.id)}" label="${xmlEscape(p.label)}">`, '        <attvalues>');
    for (const [k, v] of values) {
      if (v !== undefined) lines.push(`          <attvalue for="${k}" value="${xmlEscape(String(v))}"/>`);
    }
    lines.push('        </attvalues>', '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  model.edges.forEach((e, i) => {
    lines.push(
      `      <edge id="${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.weight}"/>`,
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
