/**
 * Component rendering tests
 *
 * Renders components to static HTML (no browser needed) in both languages and checks what a reader
 * gets: translated headings, sort state, accessible labels, error texts that say what to do.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors.js';
import type { PersonRow, Session } from '../api/schemas.js';
import { ExplanationBar } from '../charts/explanation-bar.js';
import { ReachChart } from '../charts/reach-chart.js';
import { RhythmHeatmap } from '../charts/rhythm-heatmap.js';
import { StanceBars } from '../charts/stance-bars.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import type { Lang } from '../i18n/i18n.js';
import { AdminPage } from '../pages/admin-page.js';
import { LeadersTable } from '../pages/leaders-table.js';
import { SessionContext } from '../state/session-context.js';
import { KeyFigures } from './key-figures.js';
import { ErrorMessage } from './status-message.js';

function render(node: ReactNode, lang: Lang = 'en', role: Session['user']['role'] = 'analyst'): string {
  const session = { user: { username: 'ann', role } };
  return renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionContext.Provider value={{ session, logout: () => undefined }}>{node}</SessionContext.Provider>
    </I18nProvider>,
  );
}

const ROW: PersonRow = {
  id: 'P-1A2B',
  label: 'P-1A2B',
  community: 3,
  score: 0.8123,
  rank: 1,
  metrics: {},
  explanation: [
    { factor: 'pagerank', value: 0.01, percentile: 97, contribution: 0.5 },
    { factor: 'brokerage', value: 3, percentile: 88, contribution: 0.25 },
  ],
};

describe('components', () => {
  it('leaders table marks the sorted column and links people for analysts only', () => {
    const html = render(
      <LeadersTable rows={[ROW]} sort={{ key: 'score', dir: 'desc' }} onSort={() => undefined} canOpen />,
    );
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('href="#/people/P-1A2B"');
    const viewer = render(
      <LeadersTable
        rows={[ROW]}
        sort={{ key: 'rank', dir: 'asc' }}
        onSort={() => undefined}
        canOpen={false}
      />,
    );
    expect(viewer).not.toContain('href="#/people/');
  });
  it('explanation bar describes the factors with shares and percentiles', () => {
    const html = render(<ExplanationBar factors={ROW.explanation} />);
    expect(html).toContain('pagerank 67% (p97); brokerage 33% (p88)');
  });
  it('key figures are translated and locale-formatted', () => {
    const status = {
      people: 1234,
      messagesByChannel: [{ channel: 'mail', messages: 5000 }],
      period: null,
      analysisRuns: 2,
    };
    const latest = {
      run: 2,
      createdAt: '2026-01-01T00:00:00Z',
      people: 1200,
      edges: 5000,
      communities: 9,
      modularity: 0.41,
    };
    expect(render(<KeyFigures figures={{ status, latest, runs: 2 }} />, 'ru')).toContain('Людей');
    expect(render(<KeyFigures figures={{ status, latest, runs: 2 }} />, 'en')).toContain('1,234');
    const en = render(<KeyFigures figures={{ status, latest, runs: 2 }} />, 'en');
    expect(en).toContain('5,000');
    expect(en).toContain('mail: 5,000');
    expect(en).not.toContain('/api/');
  });
  it('stance, rhythm and reach charts render accessible SVG/tables', () => {
    expect(
      render(<StanceBars stance={{ reform: { score: -0.5, mentions: 12, negative: 9, positive: 3 } }} />),
    ).toContain('against');
    const rhythm = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d * h));
    expect(render(<RhythmHeatmap rhythm={rhythm} />, 'ru')).toContain('aria-label="Ритм активности');
    const reach = render(
      <ReachChart rows={[{ strategy: 'plan', reach: { mean: 120, low: 110, high: 130 } }]} label="reach" />,
    );
    expect(reach).toContain('role="img"');
  });
  it('errors say what to do', () => {
    expect(render(<ErrorMessage error={new ApiError(0, 'fetch failed')} />)).toContain('sociogram serve');
    expect(
      render(
        <ErrorMessage error={new ApiError(403, 'x', 'FORBIDDEN', undefined, 'Недостаточно прав')} />,
        'ru',
      ),
    ).toContain('аналитика');
    expect(render(<ErrorMessage error={new ApiError(404, 'server/data: no analysis yet')} />)).toContain(
      'sociogram analyze',
    );
  });
  it('the admin page refuses non-admins with an explanation', () => {
    expect(render(<AdminPage />, 'en', 'analyst')).toContain('Only administrators');
  });
});
