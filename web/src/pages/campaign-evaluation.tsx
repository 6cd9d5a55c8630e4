/**
 * Campaign evaluation
 *
 * Upload the participants of the real campaign (a CSV) and see the evaluation: participation overall
 * and by distance to the nearest ambassador (with 95% intervals; cells under k withheld), the uplift
 * against the hold-out arm when the plan had one, how the file's rows matched people, rows that could
 * not be read, and what the data cannot show. Shows an earlier evaluation when there is one.
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import { api } from '../api/endpoints.js';
import { isApiError } from '../api/errors.js';
import type { Evaluation, Participation } from '../api/schemas-admin.js';
import { ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

function Rate({ cell }: { cell: Participation }) {
  const { t, n } = useI18n();
  if (cell.suppressed) return <>{t('campaigns.tooFew')}</>;
  const pct = (v: number) => n(100 * v, 1);
  return (
    <>
      {cell.participants}/{cell.people} · {pct(cell.rate.mean)}% ({pct(cell.rate.low)}…{pct(cell.rate.high)}%)
    </>
  );
}

export function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useI18n();
  const ev = evaluation;
  return (
    <div data-testid="evaluation">
      <p>
        {t('campaigns.participation')}: <Rate cell={ev.overall} />
      </p>
      {ev.uplift.map((u) => (
        <p key={u.against}>{u.statement}</p>
      ))}
      <table className="data-table">
        <caption>{t('campaigns.byDistance')}</caption>
        <tbody>
          {ev.exposure.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.key}</th>
              <td className="num">
                <Rate cell={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ev.matching.map((m) => (
        <p key={m.file} className="hint">
          {t('campaigns.matched', { rows: m.rows, matched: m.matchedRows, unmatched: m.unmatchedRows })}
        </p>
      ))}
      {ev.diagnostics.length > 0 && (
        <p className="hint" data-testid="bad-rows">
          {t('campaigns.badRows')}: {ev.diagnostics.map((d) => `${d.reason} ${d.count}`).join(', ')}
        </p>
      )}
      <details>
        <summary>{t('campaigns.limitations')}</summary>
        <ul>
          {ev.limitations.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export function CampaignEvaluation({ id }: { id: string }) {
  const { t } = useI18n();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setEvaluation(null);
    // NOTE: 404 just means no outcome was uploaded for this campaign yet.
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
      {evaluation && <EvaluationView evaluation={evaluation} />}
    </section>
  );
}
