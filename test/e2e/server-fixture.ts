/**
 * Test workspace for privacy and server tests
 *
 * Builds a real workspace folder with synthetic people (Russian names), identities, messages with
 * text, and a stored analysis run (person, community and edge rows), written through the Store API
 * as the analysis stage would. One department and one community are deliberately smaller than k.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../../src/shared/rng.js';
import type { PrivacyConfig } from '../../src/shared/config.js';
import type { Message } from '../../src/shared/message.js';
import { initWorkspace, openWorkspace, type Person, type Workspace } from '../../src/store/index.js';
import type { CommunityResult, EdgeResult, PersonResult } from '../../src/analysis/types.js';

export type { CommunityResult, EdgeResult, PersonResult };

const SURNAMES = [
  'Иванов',
  'Петров',
  'Сидоров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Соколов',
  'Лебедев',
  'Козлов',
  'Новиков',
];
const GIVEN = [
  'Алексей',
  'Мария',
  'Ольга',
  'Дмитрий',
  'Сергей',
  'Анна',
  'Елена',
  'Игорь',
  'Павел',
  'Наталья',
];
const DEPARTMENTS = ['Финансовое управление', 'Управление образования', 'Отдел кадров', 'ЖКХ'];
/** A department with three people: below the default k = 5. */
export const SMALL_DEPARTMENT = 'Пресс-служба';

export interface TestWorkspace {
  readonly workspace: Workspace;
  readonly people: readonly Person[];
  /** Every raw name, address and handle in the workspace (for byte scans). */
  readonly rawStrings: readonly string[];
  close(): Promise<void>;
}

export function personId(i: number): string {
  return `p${String(i + 1).padStart(5, '0')}`;
}

function makePeople(n: number): Person[] {
  return Array.from({ length: n }, (_, i) => ({
    id: personId(i),
    name: `${SURNAMES[i % 10]}${i >= 10 ? `-${i}` : ''} ${GIVEN[Math.floor(i / 10) % 10]}`,
    department: i < 3 ? SMALL_DEPARTMENT : DEPARTMENTS[i % DEPARTMENTS.length],
    position: i === 0 ? 'Глава администрации' : 'Специалист',
    kind: 'staff',
  }));
}

function email(i: number): string {
  return `user${i + 1}@ozersk.test`;
}

function makeMessages(people: readonly Person[], count: number, rng: () => number): Message[] {
  const n = people.length;
  return Array.from({ length: count }, (_, k) => {
    const s = Math.floor(rng() * n);
    const r = (s + 1 + Math.floor(rng() * (n - 1))) % n;
    return {
      key: `m${k}`,
      source: { file: 'fixture.mbox', record: k },
      channel: 'email',
      timestamp: Date.UTC(2026, 0, 1) + k * 3_600_000,
      tzOffsetMinutes: 180,
      sender: { id: `email:${email(s)}`, name: people[s].name },
      recipients: [{ id: `email:${email(r)}`, name: people[r].name, role: 'to' }],
      subject: `Отчёт ${k}`,
      text: `Коллеги, направляю отчёт ${k}. ${people[s].name}`,
      attachmentCount: 0,
      attachmentBytes: 0,
      isAutomated: false,
      isForward: false,
    };
  });
}

function makeAnalysis(people: readonly Person[], rng: () => number) {
  const n = people.length;
  const communityOf = (i: number): number => (i < 3 ? 0 : 1 + (i % Math.max(1, Math.floor(n / 40))));
  const persons: PersonResult[] = people.map((p, i) => ({
    id: p.id,
    label: p.name,
    department: p.department,
    position: p.position,
    community: communityOf(i),
    score: 1 / (i + 1),
    rank: i + 1,
    metrics: { pagerank: 1 / (i + 2), betweenness: rng() },
    explanation: [
      { factor: 'pagerank', value: 1 / (i + 2), percentile: 100 - (100 * i) / n, contribution: 0.6 },
    ],
    role: i % 7 === 0 ? 'broker' : 'member',
  }));
  const communities = new Map<number, string[]>();
  people.forEach((p, i) =>
    communities.set(communityOf(i), [...(communities.get(communityOf(i)) ?? []), p.id]),
  );
  const groups: CommunityResult[] = [...communities].map(([id, members]) => ({
    id,
    size: members.length,
    members,
    leaders: members.slice(0, 3),
    keywords: ['бюджет', 'иванов', 'отчёт'],
  }));
  const edges: EdgeResult[] = people.flatMap((p, i) => [
    { source: p.id, target: people[(i + 1) % n].id, weight: 1 + rng() },
    { source: p.id, target: people[(i + 7) % n].id, weight: rng() },
  ]);
  return { persons, groups, edges };
}

/** Creates and fills a workspace; `close()` also deletes its folder. */
export async function createTestWorkspace(
  options: { people?: number; messages?: number; privacy?: Partial<PrivacyConfig> } = {},
): Promise<TestWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), 'sociogram-trust-'));
  const rng = createRng(7);
  initWorkspace(dir, { privacy: { ...defaultsPrivacy(), ...options.privacy } } as never);
  const workspace = await openWorkspace(dir);
  const people = makePeople(options.people ?? 40);
  await workspace.store.upsertPeople(people);
  await workspace.store.upsertIdentities(
    people.flatMap((p, i) => [
      { identifier: `email:${email(i)}`, personId: p.id, method: 'directory' },
      { identifier: `telegram:tg_user${i + 1}`, personId: p.id, method: 'alias-file' },
    ]),
  );
  const src = await workspace.store.openSource({
    fingerprint: 'fx',
    path: 'fixture.mbox',
    format: 'mbox',
    bytes: 1,
  });
  const messages = makeMessages(people, options.messages ?? 200, rng);
  await workspace.store.commitBatch(src.id, {
    messages,
    features: [],
    skipped: [],
    checkpoint: { position: 1, read: messages.length, skipped: 0 },
  });
  await workspace.store.finishSource(src.id);
  const a = makeAnalysis(people, rng);
  await workspace.store.saveAnalysis(
    { seed: 1 },
    {
      people: people.length,
      edges: a.edges.length,
      communities: a.groups.length,
      modularity: 0.4,
      period: null,
    },
    [
      ...a.persons.map((p) => ({ kind: 'person', key: p.id, data: p })),
      ...a.groups.map((g) => ({ kind: 'community', key: String(g.id), data: g })),
      ...a.edges.map((e, i) => ({ kind: 'edge', key: String(i).padStart(7, '0'), data: e })),
    ],
  );
  const rawStrings = people.flatMap((p, i) => [p.name, email(i), `tg_user${i + 1}`]);
  return {
    workspace,
    people,
    rawStrings,
    close: async () => {
      await workspace.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function defaultsPrivacy(): Partial<PrivacyConfig> {
  return { pseudonymize: true, minGroupSize: 5, retainText: true };
}
