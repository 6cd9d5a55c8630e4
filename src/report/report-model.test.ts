import { describe, expect, it } from 'vitest';
import type { PersonResult } from '../analysis/index.js';
import type { PrivacyReport } from '../privacy/index.js';
import type { StoreStatus } from '../store/index.js';
import { xmlEscape } from './export-gexf.js';
import { renderReportHtml } from './report-html.js';
import { buildReportModel, groupLinks, type ReportAnalysis, type ReportInput } from './report-model.js';
import { reportText, SECTION_IDS } from './report-text.js';

function person(id: string, rank: number, community: number, department: string): PersonResult {
  return {
    id,
    label: `Name ${id}`,
    department,
    community,
    score: 1 - rank / 100,
    rank,
    metrics: {},
    explanation: [
      { factor: 'repliesDrawn', value: 3, percentile: 97, contribution: 0.3 },
      { factor: 'pagerank', value: 0.01, percentile: 90, contribution: 0.2 },
      { factor: 'broadcastShare', value: 0.5, percentile: 80, contribution: -0.1 },
    ],
    topics: { improvement: 3, lunch: 1 },
  };
}

function analysis(communityOf: (i: number) => number, order: readonly number[]): ReportAnalysis {
  const people = order.map((i, r) => person(`p${i}`, r + 1, communityOf(i), i < 8 ? 'Finance' : 'Roads'));
  return {
    summary: {
      people: people.length,
      edges: 3,
      communities: 2,
      modularity: 0.4,
      period: { from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 4, 31) },
      nominalVsActual: {
        k: 3,
        formalNotInformal: ['p9'],
        informalNotFormal: ['p0', 'p1'],
        both: ['p2'],
        rankCorrelation: 0.25,
      },
    },
    people,
    communities: [
      {
        id: 0,
        size: 8,
        members: people.filter((p) => p.community === 0).map((p) => p.id),
        leaders: ['p0', 'p1'],
        keywords: ['двор', 'сквер'],
        topics: { improvement: 0.75, lunch: 0.25 },
        stance: { admin: { score: 0.4, mentions: 12 }, mayor: { score: -0.3, mentions: 2 } },
        departments: { Finance: 6, Roads: 2 },
        crossDepartment: 0.25,
        cohesion: 0.8,
      },
      {
        id: 1,
        size: 4,
        members: people.filter((p) => p.community === 1).map((p) => p.id),
        departments: { Roads: 4 },
      },
    ],
    edges: [
      { source: 'p0', target: 'p1', weight: 5 },
      { source: 'p0', target: 'p9', weight: 2 },
      { source: 'p9', target: 'p1', weight: 3 },
    ],
  };
}

const status: StoreStatus = {
  messagesBySource: [{ source: '/data/secret/mail.mbox', format: 'mbox', channel: 'email', messages: 1200 }],
  messagesByChannel: [{ channel: 'email', messages: 1200 }],
  people: 12,
  identities: 20,
  unresolvedIdentifiers: 3,
  skippedByReason: [],
  analysisRuns: 1,
  period: { from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 4, 31) },
};

const privacy = {
  purpose: 'Plan campaigns',
  legalBasis: '',
  dataSubjects: { people: 12, identifiers: 20, optOutEntries: 1 },
  retention: { retainText: false, retentionDays: 365 },
  protections: { pseudonymize: true, minGroupSize: 5, auditChain: { ok: true, entries: 7 } },
  recipients: [{ username: 'dpo', role: 'admin', disabled: false }],
  access: [{ actor: 'cli:analyst', action: 'cli leaders', count: 2, last: '2025-06-01T10:00:00.000Z' }],
} as unknown as PrivacyReport;

const ids = Array.from({ length: 12 }, (_, i) => i);
const current = analysis((i) => (i < 8 ? 0 : 1), ids);
const earlier = analysis((i) => (i < 8 ? 0 : 1), [4, 5, 6, ...ids.filter((i) => i > 6), 0, 1, 2, 3]);

function input(lang: 'ru' | 'en'): ReportInput {
  return {
    lang,
    generatedAt: Date.UTC(2025, 5, 3),
    identified: false,
    orgName: 'Test city',
    status,
    directory: ids.map((i) => ({
      id: `p${i}`,
      name: `Name p${i}`,
      kind: 'staff' as const,
      managerId: i ? 'p0' : undefined,
    })),
    analysis: current,
    change: {
      basis: 'months',
      previous: { span: { from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 4, 1) }, analysis: earlier },
      current: { span: { from: Date.UTC(2025, 4, 1), to: Date.UTC(2025, 5, 1) }, analysis: current },
    },
    markers: {
      topics: [
        { id: 'improvement', name: { ru: 'Благоустройство', en: 'Urban improvement' }, kind: 'civic' },
        { id: 'lunch', name: { ru: 'Обед', en: 'Lunch' }, kind: 'offtopic' },
      ],
      targets: [{ id: 'admin', name: { ru: 'Администрация', en: 'Administration' } }],
    },
    campaign: { plan: null, evaluation: null },
    privacy,
    minGroupSize: 5,
    topLeaders: 3,
  };
}

describe('buildReportModel', () => {
  const model = buildReportModel(input('en'));

  it('folds departments under the minimum group size into "other" and keeps the group size for presentation', () => {
    const g0 = model.groups.find((g) => g.id === 0)!;
    expect(g0.departments).toEqual([{ name: 'Finance', count: 6 }]);
    expect(g0.otherDepartments).toBe(2);
    expect(model.smallGroups).toBe(1);
    expect(model.groups.map((g) => g.size)).toEqual([8, 4]);
  });

  it('keeps stance with enough mentions only, and the strongest positive reasons of leaders', () => {
    expect(model.groups[0].stance).toEqual([{ target: 'admin', score: 0.4, mentions: 12 }]);
    expect(model.leaders).toHaveLength(3);
    expect(model.leaders[0].reasons.map((r) => r.factor)).toEqual(['repliesDrawn', 'pagerank']);
  });

  it('aggregates ties between groups in both directions', () => {
    expect(groupLinks(current.people, current.edges)).toEqual([{ a: 0, b: 1, weight: 5 }]);
  });

  it('compares two periods: who entered and left the top k, and group agreement', () => {
    const c = model.change!;
    expect(c.k).toBe(3);
    expect(c.entered.map((p) => p.id)).toEqual(['p0', 'p1', 'p2']);
    expect(c.left.map((p) => p.id)).toEqual(['p4', 'p5', 'p6']);
    expect(c.stayed).toBe(0);
    expect(c.nmi).toBeCloseTo(1, 12);
  });

  it('names merges and splits of groups by their sizes', () => {
    const people = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const split: ReportAnalysis = {
      ...earlier,
      communities: [
        { id: 0, size: 6, members: people.slice(0, 6) },
        { id: 1, size: 6, members: people.slice(6) },
      ],
    };
    const merged: ReportAnalysis = { ...current, communities: [{ id: 0, size: 12, members: people }] };
    const base = input('en');
    const m = buildReportModel({
      ...base,
      change: {
        ...base.change!,
        previous: { ...base.change!.previous, analysis: split },
        current: { ...base.change!.current, analysis: merged },
      },
    });
    expect(m.change!.groupEvents).toEqual([{ kind: 'merge', from: [6, 6], to: [12] }]);
    expect(renderReportHtml(m)).toContain('<li>merged: 6 people + 6 people → 12 people</li>');
  });

  it('shows file names of sources, not their folders', () => {
    expect(model.scope.sources[0].source).toBe('mail.mbox');
  });

  it('lists what the data cannot show', () => {
    expect(model.limitations.map((l) => l.kind)).toEqual(['channels', 'unresolved', 'no-text']);
  });
});

describe('renderReportHtml', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`is one self-contained document with every section (${lang})`, () => {
      const html = renderReportHtml(buildReportModel(input(lang)), { pages: { summary: 3, privacy: 9 } });
      const text = reportText(lang);
      for (const [i, id] of SECTION_IDS.entries())
        expect(html).toContain(xmlEscape(`${i + 1}. ${text.sections[id]}`));
      expect(html).not.toMatch(/<script|<link|<img|src="|url\(|@import/i);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      expect(html).toContain('<span class="pg">3</span>');
      expect(html).toContain('<span class="pg">9</span>');
      expect(html.match(/<section class="sec"/g)).toHaveLength(SECTION_IDS.length);
    });
  }

  it('writes numbers, plurals and the legal-basis gap in the report language', () => {
    const ru = renderReportHtml(buildReportModel(input('ru')));
    expect(ru).toMatch(/Проанализировано 1\s200 сообщений из 1 источника \(почта\)/);
    expect(ru).toContain('не указано — укажите до передачи отчёта');
    expect(ru).toContain('Благоустройство');
    const en = renderReportHtml(buildReportModel(input('en')));
    expect(en).toContain('Sociogram analysed 1,200 messages from 1 source (e-mail)');
    expect(en).toContain('Urban improvement');
    expect(en).toContain('No campaign has been planned in this workspace yet');
  });
});
