/**
 * Campaign result
 *
 * A planned campaign: ambassadors, reach against baselines, downloads, simulation and evaluation.
 */
import { downloads } from '../api/endpoints.js';
import type { Campaign } from '../api/schemas-admin.js';
import { ReachChart } from '../charts/reach-chart.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import { CampaignEvaluation } from './campaign-evaluation.js';
import { CampaignSimulation } from './campaign-simulation.js';

function Ambassadors({ campaign }: { campaign: Campaign }) {
  const { t, n } = useI18n();
  return (
    <table className="data-table" data-testid="ambassadors">
      <thead>
        <tr>
          <th scope="col">{t('campaigns.order')}</th>
          <th scope="col">{t('leaders.person')}</th>
          <th scope="col">{t('leaders.department')}</th>
          <th scope="col">{t('leaders.group')}</th>
          <th scope="col">{t('campaigns.marginal')}</th>
          <th scope="col">{t('campaigns.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {campaign.ambassadors.map((a) => (
          <tr key={a.id}>
            <td className="num">{a.order}</td>
            <td>
              <a href={personHref(a.id)}>{a.label ?? a.name ?? a.id}</a>
            </td>
            <td>{a.department ?? '—'}</td>
            <td className="num">{a.group ?? '—'}</td>
            <td className="num">{n(a.marginalReach, 1)}</td>
            <td>{t(`campaigns.reason.${a.reason}` as MessageKey)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CampaignResult({ campaign }: { campaign: Campaign }) {
  const { t, lang } = useI18n();
  return (
    <div className="campaign" data-testid="campaign-result" data-campaign={campaign.id}>
      {campaign.warnings.length > 0 && (
        <div className="state state-warn" role="note">
          <strong>{t('campaigns.warnings')}</strong>
          <ul>
            {campaign.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <section className="card" aria-labelledby="cmp-title">
        <h2 id="cmp-title">{t('campaigns.comparison')}</h2>
        <ReachChart rows={campaign.comparison} label={t('campaigns.comparison')} />
      </section>
      <section className="card" aria-labelledby="amb-title">
        <h2 id="amb-title">{t('campaigns.ambassadors')}</h2>
        <p className="toolbar">
          <a className="button" href={downloads.ambassadors(campaign.id, lang)} download>
            {t('campaigns.downloadAmbassadors')}
          </a>
          <a className="button" href={downloads.report(campaign.id, lang)} download>
            {t('campaigns.downloadReport')}
          </a>
        </p>
        <Ambassadors campaign={campaign} />
      </section>
      <CampaignSimulation id={campaign.id} />
      <CampaignEvaluation id={campaign.id} />
    </div>
  );
}
