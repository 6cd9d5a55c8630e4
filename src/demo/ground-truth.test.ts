// Ground-truth sanity on the in-memory model: leaders are real but not readable from one simple statistic.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoModel, buildGroundTruth, type DemoModel, type GroundTruth } from './index.js';
import { personStats, topK, type PersonStats } from './stats.js';

let model: DemoModel;
let truth: GroundTruth;
let stats: Map<string, PersonStats>;

function overlap(ids: readonly string[], set: ReadonlySet<string>): number {
  return ids.filter((id) => set.has(id)).length / ids.length;
}

beforeAll(() => {
  model = buildDemoModel({ people: 200, seed: 42, months: 3, plantedChange: false });
  truth = buildGroundTruth(model);
  stats = personStats(model);
});

describe('planted ground truth', () => {
  it('plants about 5% leaders, mostly rank-and-file, never formal hubs', () => {
    expect(truth.leaders.length).toBe(10);
    const managers = truth.leaders.filter((id) => model.org.byId.get(id)?.rank !== 'specialist');
    expect(managers.length / truth.leaders.length).toBeLessThanOrEqual(0.3);
    expect(truth.leaders.some((id) => truth.formalHubs.includes(id))).toBe(false);
  });

  it('does not make leaders the top senders, the top receivers or the top by in-degree', () => {
    const leaders = new Set(truth.leaders);
    const k = leaders.size;
    expect(overlap(topK(stats, 'sent', k), leaders)).toBeLessThanOrEqual(0.3);
    expect(overlap(topK(stats, 'mailSent', k), leaders)).toBeLessThanOrEqual(0.2);
    expect(overlap(topK(stats, 'received', k), leaders)).toBeLessThanOrEqual(0.4);
    expect(overlap(topK(stats, 'inDegree', k), leaders)).toBeLessThanOrEqual(0.4);
  });

  it('gives leaders what a careful analysis can see: answers from many departments, forwards, mentions', () => {
    const mean = (ids: readonly string[], key: keyof PersonStats): number =>
      ids.reduce((a, id) => a + (stats.get(id) as PersonStats)[key], 0) / ids.length;
    const others = model.org.people.filter((p) => !p.isLeader && p.hub === undefined).map((p) => p.id);
    expect(mean(truth.leaders, 'replierDepartments')).toBeGreaterThan(2 * mean(others, 'replierDepartments'));
    expect(mean(truth.leaders, 'forwarded')).toBeGreaterThan(5 * Math.max(0.1, mean(others, 'forwarded')));
    expect(mean(truth.leaders, 'mentioned')).toBeGreaterThan(3 * mean(others, 'mentioned'));
  });

  it('draws interest groups across departments, with leaders in several', () => {
    for (const g of truth.groups) {
      const depts = new Set(g.members.map((id) => model.org.byId.get(id)?.departmentId));
      expect(depts.size).toBeGreaterThanOrEqual(3);
    }
    const memberships = truth.leaders.map((id) => truth.groups.filter((g) => g.members.includes(id)).length);
    expect(Math.min(...memberships)).toBeGreaterThanOrEqual(2);
  });

  it('lists mailing lists and departments with their heads', () => {
    expect(truth.lists).toContain('all@ozersk.ru');
    expect(truth.departments.length).toBe(model.org.departments.length);
    for (const d of truth.departments) expect(d.members).toContain(d.head);
    expect(truth.departments.reduce((n, d) => n + d.members.length, 0)).toBe(200);
  });
});

describe('planted change', () => {
  it('silences the leaver from the change date and merges two groups', () => {
    const changed = buildDemoModel({ people: 120, seed: 9, months: 3, plantedChange: true });
    const t = buildGroundTruth(changed);
    expect(t.change).toBeDefined();
    const change = t.change as NonNullable<GroundTruth['change']>;
    expect(change.month).toBe(2);
    expect(t.leaders).toContain(change.leaverId);
    const from = Date.parse(`${change.date}T00:00:00+05:00`);
    const after = [...changed.mails, ...changed.chatEvents].filter(
      (e) => e.senderId === change.leaverId && e.time >= from,
    );
    const before = [...changed.mails, ...changed.chatEvents].filter(
      (e) => e.senderId === change.leaverId && e.time < from,
    );
    expect(after.filter((e) => !('kind' in e && e.kind === 'auto-reply'))).toHaveLength(0);
    expect(before.length).toBeGreaterThan(10);
    const [a, b] = change.mergedGroups;
    const into = changed.chats.find((c) => c.groupId === b);
    const fromChat = changed.chats.find((c) => c.groupId === a);
    expect(into && fromChat).toBeTruthy();
    const late = changed.chatEvents.filter(
      (e) => e.chatKey === fromChat?.key && e.kind === 'message' && e.time >= from,
    );
    expect(late).toHaveLength(0);
    const newcomers = new Set(fromChat?.members.filter((id) => !into?.members.includes(id)));
    const crossTalk = changed.chatEvents.filter(
      (e) => e.chatKey === into?.key && e.time >= from && newcomers.has(e.senderId),
    );
    expect(crossTalk.length).toBeGreaterThan(0);
    expect(
      buildGroundTruth(buildDemoModel({ people: 120, seed: 9, months: 3, plantedChange: false })).change,
    ).toBeUndefined();
  });
});
