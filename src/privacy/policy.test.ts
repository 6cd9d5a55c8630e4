/**
 * Policy tests: pseudonyms, opt-out matching, group suppression, presentOutput and the leak guard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { createTestWorkspace, SMALL_DEPARTMENT, type TestWorkspace } from '../../test/e2e/server-fixture.js';
import type { CommunityResult, PersonResult } from '../../test/e2e/server-fixture.js';
import { createOptOutMatcher } from './opt-out.js';
import { createPrivacyPolicy } from './policy.js';
import { createPseudonymizer, isPseudonym } from './pseudonym.js';
import { createDirectory, loadDirectory } from './directory.js';
import { resolveIdentified } from './roles.js';
import { PrivacyError } from '../shared/errors.js';
import type { Directory, PrivacyPolicy } from './types.js';

describe('pseudonyms', () => {
  it('are stable for a key, readable, and differ between keys', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        const key = Buffer.alloc(32, 1);
        const a = createPseudonymizer(key)(id);
        expect(a).toBe(createPseudonymizer(Buffer.from(key))(id));
        expect(isPseudonym(a)).toBe(true);
        expect(createPseudonymizer(Buffer.alloc(32, 2))(id)).not.toBe(a);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('do not collide for 10,000 directory ids', () => {
    const p = createPseudonymizer(randomBytes(32));
    const seen = new Set(Array.from({ length: 10_000 }, (_, i) => p(`p${i}`)));
    expect(seen.size).toBe(10_000);
  });
});

describe('opt-out matcher', () => {
  const m = createOptOutMatcher(['Ivanov+news@Ozersk.ru', '@petrov', 'p0007', 'telegram:Sidorov']);
  it('matches addresses, handles and directory ids after normalization', () => {
    expect(m.isOptedOut('email:ivanov@ozersk.ru')).toBe(true);
    expect(m.isOptedOut('telegram:petrov')).toBe(true);
    expect(m.isOptedOut('slack:petrov')).toBe(true);
    expect(m.isOptedOut('telegram:sidorov')).toBe(true);
    expect(m.isOptedOut('p0007')).toBe(true);
    expect(m.isOptedOut('email:petrov@ozersk.ru')).toBe(false);
    expect(m.isOptedOut('p0008')).toBe(false);
  });
  it('widens through identity links to the whole person', () => {
    m.bindIdentities([
      { identifier: 'email:ivanov@ozersk.ru', personId: 'p0001', method: 'directory' },
      { identifier: 'telegram:ivan_i', personId: 'p0001', method: 'alias-file' },
      { identifier: 'email:x@ozersk.ru', personId: 'p0007', method: 'directory' },
    ]);
    expect(m.isOptedOut('p0001')).toBe(true);
    expect(m.isOptedOut('telegram:ivan_i')).toBe(true);
    expect(m.isOptedOut('email:x@ozersk.ru')).toBe(true);
  });
});

describe('presentOutput', () => {
  let t: TestWorkspace;
  let policy: PrivacyPolicy;
  let directory: Directory;
  let persons: PersonResult[];
  let groups: CommunityResult[];
  beforeAll(async () => {
    t = await createTestWorkspace({ people: 40, privacy: { optOut: ['user2@ozersk.test'] } });
    policy = createPrivacyPolicy(t.workspace);
    policy.bindIdentities(await t.workspace.store.listIdentities());
    directory = await loadDirectory(t.workspace.store);
    const run = (await t.workspace.store.latestAnalysis())!;
    persons = (await t.workspace.store.analysisRows(run.id, 'person')).map((r) => r.data as PersonResult);
    groups = (await t.workspace.store.analysisRows(run.id, 'community')).map(
      (r) => r.data as CommunityResult,
    );
  });
  afterAll(() => t.close());

  it('pseudonymizes people and leaves no name, address or handle in the bytes', () => {
    const { data } = policy.presentOutput({ persons, groups }, { directory, identified: false });
    const bytes = JSON.stringify(data);
    for (const raw of t.rawStrings) expect(bytes).not.toContain(raw);
    expect(bytes).not.toMatch(/"p\d{5}"/);
    expect(data.persons[0].id).toBe(policy.pseudonym('p00001'));
    expect(data.persons[0].label).toBe(data.persons[0].id);
    expect(data.persons[0]).not.toHaveProperty('position');
  });

  it('drops an opted-out person everywhere, even as an anonymous node', () => {
    const { data } = policy.presentOutput({ persons, groups }, { directory, identified: true });
    const bytes = JSON.stringify(data);
    expect(bytes).not.toContain('"p00002"');
    expect(data.persons).toHaveLength(39);
    const anon = JSON.stringify(policy.presentOutput(persons, { directory, identified: false }).data);
    expect(anon).not.toContain(policy.pseudonym('p00002'));
  });

  it('suppresses groups under k and generalizes small departments', () => {
    const out = policy.presentOutput(groups, { directory, identified: false });
    expect(out.data.every((g) => g.size >= 5)).toBe(true);
    expect(out.suppressedGroups).toBe(1);
    const first = policy.presentOutput([persons[0]], { directory, identified: false }).data[0];
    expect(first.department).toBeUndefined();
    expect(persons[0].department).toBe(SMALL_DEPARTMENT);
    expect(policy.suppressSmallGroups([{ size: 4 }, { size: 5 }])).toEqual([{ size: 5 }]);
  });

  it('drops name words from keyword lists', () => {
    const { data } = policy.presentOutput(groups, { directory, identified: false });
    expect(data[0].keywords).toEqual(['бюджет', 'отчёт']);
  });

  it('drops key phrases with a name word, from names and handles alike', () => {
    const dir = createDirectory(
      [{ id: 'p1', name: 'Ковальская Алина', kind: 'staff' }],
      [{ identifier: 'slack:alina kovalskaya', personId: 'p1', method: 'alias-file' }],
    );
    const out = policy.presentOutput(
      { keywords: ['alina kovalskaya', 'alina', 'Алина пишет', 'сводная таблица'] },
      { directory: dir, identified: false },
    );
    expect(out.data.keywords).toEqual(['сводная таблица']);
  });

  it('refuses an output that would still leak (fails closed)', () => {
    expect(() =>
      policy.presentOutput({ note: 'write to user5@ozersk.test' }, { directory, identified: false }),
    ).toThrow(PrivacyError);
    expect(() => policy.presentOutput({ who: t.people[4].name }, { directory, identified: false })).toThrow(
      PrivacyError,
    );
  });

  it('lets only admins re-identify', () => {
    expect(() => resolveIdentified(policy, 'analyst', true)).toThrow(PrivacyError);
    expect(resolveIdentified(policy, 'admin', true)).toBe(true);
    expect(resolveIdentified(policy, 'analyst', false)).toBe(false);
  });
});
