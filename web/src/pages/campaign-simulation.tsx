/**
 * Campaign simulation
 *
 * Runs the diffusion model on the plan and shows expected reach overall and by group.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints.js';
import type { Simulation } from '../api/schemas-admin.js';
import { BarList } from '../charts/bar-list.js';
import { ErrorMessage, Loading } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

export function CampaignSimulation({ id }: { id: string }) {
  const { t, n } = useI18n();
  const [model, setModel] = useState<'ic' | 'lt'>('ic');
  const [runs, setRuns] = useState(1000);
  const [state, setState] = useState<
    { s: 'idle' } | { s: 'busy' } | { s: 'done'; r: Simulation } | { s: 'error'; e: unknown }
  >({ s: 'idle' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setState({ s: 'busy' });
    api.simulate(id, model, runs).then(
      (r) => setState({ s: 'done', r }),
      (err: unknown) => setState({ s: 'error', e: err }),
    );
  };
  return (
    <section className="card" aria-labelledby="sim-title">
      <h2 id="sim-title">{t('campaigns.simulate')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          {t('campaigns.model')}
          <select value={model} onChange={(e) => setModel(e.target.value as 'ic' | 'lt')}>
            <option value="ic">{t('campaigns.model.ic')}</option>
            <option value="lt">{t('campaigns.model.lt')}</option>
          </select>
        </label>
        <label>
          {t('campaigns.runs')}
          <input
            type="number"
            min={10}
            max={100000}
            value={runs}
            onChange={(e) => setRuns(Number(e.target.value))}
          />
        </label>
        <button type="submit" disabled={state.s === 'busy'} data-testid="simulate">
          {t('campaigns.simulate')}
        </button>
      </form>
      {state.s === 'busy' && <Loading />}
      {state.s === 'error' && <ErrorMessage error={state.e} />}
      {state.s === 'done' && (
        <div aria-live="polite" data-testid="simulation">
          <p data-testid="simulated-reach">
            {t('campaigns.simulated', {
              mean: n(state.r.reach.mean, 1),
              low: n(state.r.reach.low, 1),
              high: n(state.r.reach.high, 1),
            })}
          </p>
          <h3>{t('campaigns.groupReach')}</h3>
          <BarList
            items={state.r.groups.map((g) => ({
              key: t('overview.group', { id: g.key }),
              value: 100 * g.share,
            }))}
            label={t('campaigns.groupReach')}
          />
        </div>
      )}
    </section>
  );
}
