/**
 * Synthetic organization (test fixture)
 *
 * A seeded stochastic-block-model organization: `groups` interest groups of `size` people, dense
 * inside, sparse across, one department per group plus a shared "Приёмная" (secretaries), levels
 * 0 (head) to 3, and e-mail identities. Test-only.
 */
import type { NodeIndex } from '../graph/types.js';
import { createRng } from '../shared/rng.js';
import { csrFromArcs } from './csr-from-arcs.js';
import type { CampaignInput } from './context.js';
import type { CampaignGroup, CampaignPerson } from './types.js';

export interface OrgFixture extends CampaignInput {
  readonly people: CampaignPerson[];
  readonly communities: CampaignGroup[];
  readonly identities: { identifier: string; personId: string; method: string }[];
}

export function orgFixture(seed = 1, groups = 4, size = 15, pIn = 0.3, pOut = 0.01): OrgFixture {
  const rng = createRng(seed);
  const n = groups * size;
  const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const index: NodeIndex = { ids, indexOf: new Map(ids.map((id, i) => [id, i])) };
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const same = Math.floor(a / size) === Math.floor(b / size);
      if (rng() < (same ? pIn : pOut)) {
        src.push(a);
        dst.push(b);
        w.push(1 + Math.floor(rng() * 9));
      }
    }
  }
  const people: CampaignPerson[] = ids.map((id, i) => ({
    id,
    name: `Сотрудник ${i} Ёлкин`,
    department: i % size === 1 ? 'Приёмная' : `Отдел ${Math.floor(i / size)}`,
    level: i === 0 ? 0 : i % size === 0 ? 1 : i % size < 4 ? 2 : 3,
  }));
  const communities: CampaignGroup[] = Array.from({ length: groups }, (_, g) => ({
    id: g + 1,
    members: ids.slice(g * size, (g + 1) * size),
  }));
  const identities = ids.map((id, i) => ({
    identifier: `email:user${i}@ozersk.ru`,
    personId: id,
    method: 'directory',
  }));
  return { csr: csrFromArcs(n, src, dst, w), index, people, communities, identities };
}
