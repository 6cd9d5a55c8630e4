/**
 * Campaign evaluation
 *
 * Upload outcomes (a CSV file) and see the evaluation: each metric for reached people against the
 * control, with the effect and its 95% interval. Shows an earlier evaluation when there is one.
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import { api } from '../api/endpoints.js';
import { isApiError } from '../api/errors.js';
import type { Evaluation } from '../api/schemas-admin.js';
import { ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

function EvaluationTable({ evaluation }: { evaluation: Evaluation }) {
  const { t, n } = useI18n();
  return (
    <table className="data-table" data-testid="evaluation">
      <thead>
        <tr>
          <th scope="col">{t('campaigns.metric')}</th>
          <th scope="col">{t('campaigns.treated')}</th>
          <th scope="col">{t('campaigns.control')}</th>
          <th scope="col">{t('campaigns.effect')}</th>
        </tr>
      </thead>
      <tbody>
        {evaluation.metrics.map((m) => (
          <tr key={m.metric}>
            <th scope="row">{m.metric}</th>
            <td className="num">{n(m.treated, 2)}</td>
            <td className="num">{n(m.control, 2)}</td>
            <td className="num">
              {m.effect ? `${n(m.effect.mean, 2)} (${n(m.effect.low, 2)}…${n(m.effect.high, 2)})` : '—'}
              {m.pValue !== undefined && ` p=${n(m.pValue, 3)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CampaignEvaluation({ id }: { id: string }) {
  const { t } = useI18n();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setEvaluation(null);
    api.evaluation(id).then(setEvaluation, (e: unknown) => !isApiError(e, 'not-found') && setError(e));
  }, [id]);
  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    void file
      .text()
      .then((csv) => api.uploadOutcomes(id, csv))
      .then(setEvaluation, setError);
  };
  return (
    <section className="card" aria-labelledby="eval-title">
      <h2 id="eval-title">{t('campaigns.evaluation')}</h2>
      <label>
        {t('campaigns.outcomes')}
        <input type="file" accept=".csv,text/csv" onChange={upload} />
      </label>
      {error ? <ErrorMessage error={error} /> : null}
      {evaluation && <EvaluationTable evaluation={evaluation} />}
      {evaluation?.warnings.map((w) => (
        <p key={w} className="hint">
          {w}
        </p>
      ))}
    </section>
  );
}
