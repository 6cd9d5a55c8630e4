/**
 * Campaigns page
 *
 * Plan a campaign (k, constraints, topic), then see its ambassadors, reach against baselines,
 * simulation and evaluation; earlier plans can be reopened.
 */
import { useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Campaign } from '../api/schemas-admin.js';
import { AsyncView, Empty, ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../state/use-api.js';
import { CampaignForm } from './campaign-form.js';
import { CampaignResult } from './campaign-result.js';

type PlanState = { s: 'idle' } | { s: 'busy' } | { s: 'done'; c: Campaign } | { s: 'error'; e: unknown };

function Previous({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const list = useApi(() => api.campaigns(), []);
  return (
    <AsyncView {...list}>
      {(d) =>
        d.campaigns.length === 0 ? null : (
          <label>
            {t('campaigns.previous')}
            <select defaultValue="" onChange={(e) => e.target.value && onOpen(e.target.value)}>
              <option value="">—</option>
              {d.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id} · k={c.k}
                  {c.topic ? ` · ${c.topic}` : ''}
                </option>
              ))}
            </select>
          </label>
        )
      }
    </AsyncView>
  );
}

export function CampaignsPage() {
  const { t } = useI18n();
  const markers = useApi(() => api.markers(), []);
  const [plan, setPlan] = useState<PlanState>({ s: 'idle' });
  const run = (p: Promise<Campaign>) => {
    setPlan({ s: 'busy' });
    p.then(
      (c) => setPlan({ s: 'done', c }),
      (e: unknown) => setPlan({ s: 'error', e }),
    );
  };
  const topics = markers.result.state === 'ready' ? markers.result.data.topics.map((m) => m.id) : [];
  return (
    <>
      <h1>{t('campaigns.title')}</h1>
      <div className="campaign-layout">
        <div>
          <CampaignForm topics={topics} busy={plan.s === 'busy'} onPlan={(o) => run(api.planCampaign(o))} />
          <Previous onOpen={(id) => run(api.campaign(id))} />
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
