import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDynamicGexf } from './export-gexf-dynamic.js';
import type { DynamicExportModel } from './export-model.js';

const PYTHON = '/usr/bin/python3';
const hasPython = existsSync(PYTHON);

/** Parses the GEXF with Python's XML parser (an independent check that it is well-formed). */
const SCRIPT = `
import json, sys
import xml.etree.ElementTree as ET
ns = {'g': 'http://gexf.net/1.3'}
root = ET.parse(sys.argv[1]).getroot()
graph = root.find('g:graph', ns)
def spells(el):
    return [[s.get('start'), s.get('end')] for s in el.findall('g:spells/g:spell', ns)]
def values(el, key):
    return [[v.get('value'), v.get('start'), v.get('end')] for v in el.findall('g:attvalues/g:attvalue', ns) if v.get('for') == key]
print(json.dumps({
  'mode': graph.get('mode'), 'timeformat': graph.get('timeformat'),
  'nodes': {n.get('id'): {'label': n.get('label'), 'spells': spells(n), 'score': values(n, 'score'), 'community': values(n, 'community')}
            for n in graph.findall('g:nodes/g:node', ns)},
  'edges': [{'source': e.get('source'), 'target': e.get('target'), 'spells': spells(e), 'weight': values(e, 'weight')}
            for e in graph.findall('g:edges/g:edge', ns)],
}))
`;

const MODEL: DynamicExportModel = {
  generatedAt: '2025-06-10T00:00:00.000Z',
  identified: false,
  period: 'month',
  windows: [
    {
      label: '2025-03',
      start: '2025-03-01',
      end: '2025-03-31',
      people: [
        { id: 'P-1', label: 'P-1 <&>', community: 0, score: 0.9, rank: 1 },
        { id: 'P-2', label: 'P-2', community: 0, score: 0.5, rank: 2 },
      ],
      edges: [{ source: 'P-1', target: 'P-2', weight: 2 }],
    },
    {
      label: '2025-04',
      start: '2025-04-01',
      end: '2025-04-30',
      people: [
        { id: 'P-2', label: 'P-2', community: 1, score: 0.7, rank: 1 },
        { id: 'P-3', label: 'P-3', community: 1, score: 0.2, rank: 2 },
      ],
      edges: [{ source: 'P-3', target: 'P-2', weight: 1.5 }],
    },
  ],
};

describe.skipIf(!hasPython)(
  `toDynamicGexf${hasPython ? '' : ' (skipped: /usr/bin/python3 not found)'}`,
  () => {
    it('writes well-formed dynamic GEXF whose spells and values follow the windows', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'gexf-')), 'g.gexf');
      writeFileSync(file, toDynamicGexf(MODEL));
      const parsed = JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT, file], { encoding: 'utf8' })) as {
        mode: string;
        timeformat: string;
        nodes: Record<
          string,
          { label: string; spells: string[][]; score: string[][]; community: string[][] }
        >;
        edges: { source: string; target: string; spells: string[][]; weight: string[][] }[];
      };
      expect(parsed.mode).toBe('dynamic');
      expect(parsed.timeformat).toBe('date');
      const march = ['2025-03-01', '2025-03-31'];
      const april = ['2025-04-01', '2025-04-30'];
      expect(parsed.nodes['P-1']).toMatchObject({ label: 'P-1 <&>', spells: [march] });
      expect(parsed.nodes['P-2'].spells).toEqual([march, april]);
      expect(parsed.nodes['P-2'].score).toEqual([
        ['0.5', ...march],
        ['0.7', ...april],
      ]);
      expect(parsed.nodes['P-2'].community).toEqual([
        ['0', ...march],
        ['1', ...april],
      ]);
      expect(parsed.nodes['P-3'].spells).toEqual([april]);
      expect(parsed.edges).toEqual([
        { source: 'P-1', target: 'P-2', spells: [march], weight: [['2', ...march]] },
        { source: 'P-3', target: 'P-2', spells: [april], weight: [['1.5', ...april]] },
      ]);
    });
  },
);
