/**
 * Page section tests
 *
 * The parts of the pages wired to the server's newer routes, rendered to static HTML in both
 * languages: group changes between runs, the period filter, a marker test's "why", a campaign
 * evaluation with withheld cells and bad rows, and spheres with small units folded.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { evaluationSchema, markerTestSchema } from '../api/schemas-admin.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import type { Lang } from '../i18n/i18n.js';
import { SessionContext } from '../state/session-context.js';
import { EvaluationView } from './campaign-evaluation.js';
import { changesByRun } from './groups-model.js';
import { GroupHistoryView } from './groups-page.js';
import { PeriodSelect, runLabel } from './leaders-period.js';
import { MarkerTestResult } from './marker-tester.js';
import { Spheres } from './person-sections.js';

function render(node: ReactNode, lang: Lang = 'en'): string {
  const session = { user: { username: 'ann', role: 'analyst' as const } };
  return renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionContext.Provider value={{ session, logout: () => undefined }}>{node}</SessionContext.Provider>
    </I18nProvider>,
  );
}

const RUN = { createdAt: '2026-03-01T00:00:00Z', people: 10, edges: 20, communities: 2, modularity: 0.4 };

describe('groups over time', () => {
  const history = changesByRun([
    { run: 2, kind: 'split', from: [1], to: [1, 2] },
    { run: 2, kind: 'continue', from: [0], to: [0] },
    { run: 3, kind: 'merge', from: [1, 2], to: [4] },
    { run: 3, kind: 'birth', from: [], to: [5] },
  ]);
  it('groups changes by run, latest first, counting groups that continued', () => {
    expect(history.map((r) => [r.run, r.changes.length, r.continued])).toEqual([
      [3, 2, 0],
      [2, 1, 1],
    ]);
  });
  it('says what happened in both languages', () => {
    const en = render(<GroupHistoryView history={history} />);
    expect(en).toContain('Group 1 split into groups 1, 2');
    expect(en).toContain('Groups 1, 2 merged into group 4');
    expect(en).toContain('New group 5');
    expect(render(<GroupHistoryView history={history} />, 'ru')).toContain('разделилась');
  });
});

describe('leaders period filter', () => {
  const runs = [
    { run: 1, ...RUN, period: { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 31) } },
    { run: 2, ...RUN, period: null },
  ];
  it('labels runs by their period and lists earlier runs', () => {
    expect(runLabel(runs[0], 'ru')).toBe('01.01.2026 – 31.01.2026');
    const html = render(<PeriodSelect runs={runs} run={null} onRun={() => undefined} />);
    expect(html).toContain('Latest: 01/03/2026');
    expect(html).toContain('Run 1: 01/01/2026 – 31/01/2026');
  });
  it('is hidden with a single run', () => {
    expect(render(<PeriodSelect runs={runs.slice(1)} run={null} onRun={() => undefined} />)).toBe('');
  });
});

describe('marker test result', () => {
  it('shows the rule that matched', () => {
    const result = markerTestSchema.parse({
      topics: { voting: 1 },
      stance: {},
      sentiment: 0,
      explanation: {
        topics: [
          {
            id: 'voting',
            label: 'Голосование',
            hits: [{ via: 'word', rule: 'голосован*', matched: 'Голосование' }],
          },
        ],
        targets: [],
      },
    });
    const html = render(<MarkerTestResult result={result} />, 'ru');
    expect(html).toContain('«Голосование» по правилу голосован*');
  });
});

describe('campaign evaluation', () => {
  const est = (mean: number) => ({ mean, low: mean / 2, high: mean * 1.5 });
  const evaluation = evaluationSchema.parse({
    population: 40,
    overall: { key: 'all', people: 40, participants: 8, rate: est(0.2) },
    uplift: [],
    exposure: [
      { key: '1', people: 12, participants: 4, rate: est(0.33) },
      { key: '4+', people: 2, participants: 0, rate: est(0), suppressed: true },
    ],
    matching: [{ file: 'upload.csv', rows: 10, matchedRows: 8, unmatchedRows: 2, duplicates: 0 }],
    diagnostics: [{ reason: 'bad-email', count: 2, examples: [] }],
    limitations: ['Correlation is not causation.'],
  });
  it('shows rates with intervals, withheld cells and counted bad rows', () => {
    const html = render(<EvaluationView evaluation={evaluation} />);
    expect(html).toContain('8/40 · 20.0% (10.0…30.0%)');
    expect(html).toContain('too few people to show');
    expect(html).toContain('Rows: 10; matched to people: 8; not matched: 2.');
    expect(html).toContain('bad-email 2');
  });
});

describe('person spheres', () => {
  it('names small or unknown units as "other"', () => {
    const spheres = { departments: [{ key: '—', count: 0.4 }], groups: [{ key: '3', count: 1 }] };
    const html = render(<Spheres spheres={spheres} />, 'ru');
    expect(html).toContain('Прочие (малые или неизвестные)');
    expect(html).toContain('Группа 3');
  });
});
