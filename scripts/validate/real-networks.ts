/**
 * Real labelled networks for validation
 *
 * Loads the classic and organizational networks in `../shared/data` with their ground-truth groups:
 * Zachary's karate club (factions), college football (conferences), political books (leaning) and the
 * UK faculty friendship network (school).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledNetwork {
  readonly name: string;
  readonly nodes: readonly string[];
  readonly edges: readonly { source: string; target: string; weight: number }[];
  /** Ground-truth group per node, aligned with `nodes`. */
  readonly truth: readonly number[];
  readonly directed: boolean;
  readonly edgeFile: string;
}

function csvRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
}

function load(
  data: string,
  name: string,
  nodeFile: string,
  edgeFile: string,
  labelColumn: string,
  directed: boolean,
): LabelledNetwork | null {
  const nf = join(data, nodeFile);
  const ef = join(data, edgeFile);
  if (!existsSync(nf) || !existsSync(ef)) return null;
  const [header, ...rows] = csvRows(nf);
  const col = header.indexOf(labelColumn);
  const labels = new Map<string, number>();
  const truthById = new Map<string, number>();
  for (const r of rows) {
    const label = r[col];
    if (!labels.has(label)) labels.set(label, labels.size);
    truthById.set(r[0], labels.get(label)!);
  }
  const [eh, ...edgeRows] = csvRows(ef);
  const wCol = eh.indexOf('weight');
  const edges = edgeRows
    .filter((r) => r[0] !== r[1])
    .map((r) => ({ source: r[0], target: r[1], weight: wCol >= 0 ? Number(r[wCol]) || 1 : 1 }));
  const nodes = [...truthById.keys()];
  return { name, nodes, edges, truth: nodes.map((id) => truthById.get(id)!), directed, edgeFile: ef };
}

/** Every labelled network found under `data` (the shared data folder). */
export function loadLabelledNetworks(data: string): LabelledNetwork[] {
  return [
    load(
      data,
      'karate (factions)',
      'classic-networks/karate_nodes.csv',
      'classic-networks/karate_edges.csv',
      'Faction',
      false,
    ),
    load(
      data,
      'football (conferences)',
      'classic-networks/football_nodes.csv',
      'classic-networks/football_edges.csv',
      'conference',
      false,
    ),
    load(
      data,
      'polbooks (leaning)',
      'classic-networks/polbooks_nodes.csv',
      'classic-networks/polbooks_edges.csv',
      'leaning',
      false,
    ),
    load(
      data,
      'UK faculty (school)',
      'org-networks-igraphdata/UKfaculty_nodes.csv',
      'org-networks-igraphdata/UKfaculty_edges.csv',
      'Group',
      true,
    ),
  ].filter((n): n is LabelledNetwork => n !== null);
}
