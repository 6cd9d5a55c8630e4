/**
 * Campaigns page
 *
 * Plan a campaign (k, constraints, topic), then see its ambassadors, reach against baselines,
 * simulation and evaluation; plans stored with the latest analysis run can be reopened.
 */
import { useState } from 'react';
import { api } from '../api/endpoints.js';
import { campaignSchema, type Campaign } from '../api/schemas-admin.js';
import { AsyncView, Empty, ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../state/use-api.js';
import { CampaignForm } from './campaign-form.js';
import { CampaignResult } from './campaign-result.js';

type PlanState = { s: 'idle' } | { s: 'busy' } | { s: 'done'; c: Campaign } | { s: 'error'; e: unknown };

/** Stored rows that are campaign plans (other rows, e.g. reports, are skipped). */
export function storedPlans(items: readonly { key: string; data: unknown }[]): Campaign[] {
  return items.flatMap((row) => {
    const data = row.data && typeof row.data === 'object' ? { id: row.key, ...row.data } : null;
    const parsed = campaignSchema.safeParse(data);
    return parsed.success ? [parsed.data] : [];
  });
}

function Stored({ onOpen, version }: { onOpen: (c: Campaign) => void; version: number }) {
  const { t } = useI18n();
  // `version` changes when a plan is made, so the new plan is listed.
  const list = useApi(() => api.campaigns(), [version]);
  return (
    <section className="card" aria-labelledby="stored-title">
      <h2 id="stored-title">{t('campaigns.stored')}</h2>
      <AsyncView {...list}>
        {(d) => {
          const plans = storedPlans(d.items);
          if (plans.length === 0) return <p className="hint">{t('campaigns.storedNone')}</p>;
          return (
            <ul className="inline-list">
              {plans.map((c) => (
                <li key={c.id}>
                  <button type="button" className="secondary" onClick={() => onOpen(c)}>
                    {c.id} · k={c.k}
                    {c.topic ? ` · ${c.topic}` : ''}
                  </button>
                </li>
              ))}
            </ul>
          );
        }}
      </AsyncView>
    </section>
  );
}

export function CampaignsPage() {
  const { t, lang } = useI18n();
  const markers = useApi(() => api.markers(lang).catch(() => null), [lang]);
  const [plan, setPlan] = useState<PlanState>({ s: 'idle' });
  const [version, setVersion] = useState(0);
  const run = (options: Record<string, unknown>) => {
    setPlan({ s: 'busy' });
    api.planCampaign(options).then(
      (c) => (setPlan({ s: 'done', c }), setVersion((v) => v + 1)),
      (e: unknown) => setPlan({ s: 'error', e }),
    );
  };
  const topics =
    markers.result.state === 'ready' && markers.result.data
      ? markers.result.data.topics.map((m) => m.id)
      : [];
  return (
    <>
      <h1>{t('campaigns.title')}</h1>
      <div className="campaign-layout">
        <div>
          <CampaignForm topics={topics} busy={plan.s === 'busy'} onPlan={run} />
          <Stored onOpen={(c) => setPlan({ s: 'done', c })} version={version} />
        </div>
        <div>
          {plan.s === 'idle' && <Empty>{t('campaigns.empty')}</Empty>}
          {plan.s === 'busy' && (
            <p role="status" className="state">
              <progress aria-label={t('campaigns.planning')} /> {t('campaigns.planning')}
            </p>
          )}
          {plan.s === 'error' && <ErrorMessage error={plan.e} />}
          {plan.s === 'done' && <CampaignResult campaign={plan.c} />}
        </div>
      </div>
    </>
  );
}
