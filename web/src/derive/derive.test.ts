/**
 * Derivation tests
 *
 * Ego graphs, spheres, group departments and bridges computed in the browser from real API shapes.
 */
import { describe, expect, it } from 'vitest';
import type { PersonRow } from '../api/schemas.js';
import { combinePerson, nodeInfo } from '../pages/person-model.js';
import { storedPlans } from '../pages/campaigns-page.js';
import { contactWeights, deriveSpheres, egoGraph } from './ego.js';
import { groupBridges, groupDepartments, groupMapGraph } from './groups.js';

const row = (id: string, community: number, department?: string): PersonRow => ({
  id,
  label: id,
  community,
  department,
  score: 1,
  rank: 1,
  metrics: {},
  explanation: [],
});

const PEOPLE = [
  row('A', 0, 'Финансы'),
  row('B', 0, 'Финансы'),
  row('C', 1, 'ЖКХ'),
  row('D', 1, 'ЖКХ'),
  row('E', -1),
];
const TIES = [
  { source: 'A', target: 'B', weight: 3 },
  { source: 'C', target: 'A', weight: 1 },
  { source: 'A', target: 'C', weight: 2 },
];

describe('ego and spheres', () => {
  it('sums both directions per contact, strongest first', () => {
    expect(contactWeights('A', TIES)).toEqual([
      { id: 'B', weight: 3 },
      { id: 'C', weight: 3 },
    ]);
  });
  it('builds the ego graph with ties among contacts from the map', () => {
    const info = nodeInfo(PEOPLE, null);
    const ego = egoGraph(PEOPLE[0], TIES, info, [
      { source: 'B', target: 'C', weight: 1 },
      { source: 'C', target: 'D', weight: 1 },
    ]);
    expect(ego.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
    expect(ego.edges).toHaveLength(4);
  });
  it('weights spheres by tie weight', () => {
    const spheres = deriveSpheres('A', TIES, nodeInfo(PEOPLE, null));
    expect(spheres.departments).toEqual([
      { key: 'ЖКХ', count: 3 },
      { key: 'Финансы', count: 3 },
    ]);
    expect(spheres.groups.map((g) => g.key).sort()).toEqual(['0', '1']);
  });
  it('takes contacts and spheres from the server map', () => {
    const map = {
      contacts: [{ personId: 'B', outWeight: 1, inWeight: 2, messages: 7, channels: {} }],
      departments: [{ key: 'X', count: 1 }],
      groups: [],
      topics: { roads: 0.5 },
      stance: {},
      change: null,
    };
    const view = combinePerson(PEOPLE[0], TIES, map, nodeInfo(PEOPLE, null), []);
    expect(view.contacts).toEqual([{ id: 'B', label: 'B', weight: 3, messages: 7 }]);
    expect(view.spheres.departments[0].key).toBe('X');
    expect(view.topics).toEqual({ roads: 0.5 });
    expect(view.rhythm).toBeNull();
  });
});

describe('groups', () => {
  it('counts departments per group and skips withheld groups', () => {
    const d = groupDepartments(PEOPLE);
    expect(d.get(0)).toEqual([{ key: 'Финансы', count: 2 }]);
    expect(d.has(-1)).toBe(false);
  });
  it('ranks bridges by weight across groups', () => {
    const map = {
      nodes: PEOPLE.slice(0, 4).map((p) => ({ id: p.id, label: p.label, community: p.community, score: 1 })),
      edges: [
        { source: 'A', target: 'C', weight: 5 },
        { source: 'B', target: 'D', weight: 1 },
        { source: 'A', target: 'B', weight: 9 },
      ],
    };
    const bridges = groupBridges(map);
    expect(bridges.get(0)?.map((b) => b.id)).toEqual(['A', 'B']);
    expect(bridges.get(1)?.map((b) => b.id)).toEqual(['C', 'D']);
  });
  it('draws the group map with one node per group', () => {
    const g = groupMapGraph(
      {
        nodes: [
          { group: 2, size: 30 },
          { group: 5, size: 8 },
        ],
        edges: [{ source: 2, target: 5, weight: 4 }],
      },
      (id) => `G${id}`,
    );
    expect(g.nodes.map((n) => n.label)).toEqual(['G2', 'G5']);
    expect(g.edges[0]).toEqual({ source: 'g2', target: 'g5', weight: 4 });
  });
  it('keeps only stored rows that are plans', () => {
    const plan = {
      k: 2,
      ambassadors: [{ id: 'P-1', order: 1, marginalReach: 10, reason: 'reach' }],
      comparison: [],
    };
    expect(
      storedPlans([
        { key: 'c1', data: plan },
        { key: 'r1', data: { report: true } },
      ]).map((c) => c.id),
    ).toEqual(['c1']);
  });
});
