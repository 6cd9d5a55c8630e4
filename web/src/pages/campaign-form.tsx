/**
 * Campaign plan form
 *
 * k, topic, per-department cap, group coverage, exclusions and hold-out. Produces the options object
 * the campaign stage's `planOptionsSchema` accepts.
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { parseTerms } from './marker-editor.js';

export interface PlanFormValues {
  readonly k: number;
  readonly topic: string;
  readonly maxPerDepartment: string;
  readonly minGroupSize: number;
  readonly exclude: string;
  readonly holdout: string;
}

const INITIAL: PlanFormValues = {
  k: 10,
  topic: '',
  maxPerDepartment: '',
  minGroupSize: 10,
  exclude: '',
  holdout: '',
};

/** Form values → plan options (omitting what is empty). */
export function toPlanOptions(v: PlanFormValues): Record<string, unknown> {
  const options: Record<string, unknown> = {
    k: v.k,
    minGroupSize: v.minGroupSize,
    exclude: parseTerms(v.exclude),
  };
  if (v.topic) options.topic = v.topic;
  if (v.maxPerDepartment) options.maxPerDepartment = Number(v.maxPerDepartment);
  if (v.holdout) options.holdout = { unit: 'ambassador', share: Number(v.holdout) };
  return options;
}

export function CampaignForm({
  topics,
  busy,
  onPlan,
}: {
  topics: readonly string[];
  busy: boolean;
  onPlan: (options: Record<string, unknown>) => void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState(INITIAL);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onPlan(toPlanOptions(v));
  };
  return (
    <form className="card plan-form" onSubmit={submit} aria-labelledby="plan-title">
      <h2 id="plan-title">{t('campaigns.plan')}</h2>
      <label>
        {t('campaigns.k')}
        <input
          name="k"
          type="number"
          min={1}
          max={500}
          required
          value={v.k}
          onChange={(e) => setV({ ...v, k: Number(e.target.value) })}
        />
      </label>
      <label>
        {t('campaigns.topic')}
        <select name="topic" value={v.topic} onChange={(e) => setV({ ...v, topic: e.target.value })}>
          <option value="">{t('campaigns.noTopic')}</option>
          {topics.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('campaigns.maxPerDepartment')}
        <input
          type="number"
          min={1}
          value={v.maxPerDepartment}
          onChange={(e) => setV({ ...v, maxPerDepartment: e.target.value })}
        />
      </label>
      <label>
        {t('campaigns.minGroupSize')}
        <input
          type="number"
          min={0}
          value={v.minGroupSize}
          onChange={(e) => setV({ ...v, minGroupSize: Number(e.target.value) })}
        />
      </label>
      <label>
        {t('campaigns.exclude')}
        <textarea rows={2} value={v.exclude} onChange={(e) => setV({ ...v, exclude: e.target.value })} />
      </label>
      <label>
        {t('campaigns.holdout')}
        <select value={v.holdout} onChange={(e) => setV({ ...v, holdout: e.target.value })}>
          <option value="">{t('campaigns.holdoutNone')}</option>
          <option value="0.2">20%</option>
          <option value="0.3">30%</option>
          <option value="0.5">50%</option>
        </select>
      </label>
      <button type="submit" disabled={busy} data-testid="plan-submit">
        {t('campaigns.submit')}
      </button>
    </form>
  );
}
