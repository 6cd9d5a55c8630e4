/**
 * Overview page
 *
 * Key figures, the organization's communication map (colour = interest group, size = leader score),
 * its legend and a search that highlights a person on the map and opens their page.
 */
import { useMemo, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { GraphData } from '../api/schemas.js';
import { GroupLegend } from '../components/group-legend.js';
import { KeyFigures } from '../components/key-figures.js';
import { PersonSearch } from '../components/person-search.js';
import { AsyncView } from '../components/status-message.js';
import { buildDisplayGraph } from '../graph/build-graph.js';
import { GraphCanvas } from '../graph/graph-canvas.js';
import { countGroups, createGroupColors } from '../graph/palette.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import { hasRole, useSession } from '../state/session-context.js';
import { useApi } from '../state/use-api.js';

function OrganizationMap({ data }: { data: GraphData }) {
  const { t } = useI18n();
  const { session } = useSession();
  const [selected, setSelected] = useState<string | null>(null);
  const [settled, setSettled] = useState(false);
  const sizes = useMemo(() => countGroups(data.nodes), [data]);
  const colors = useMemo(() => createGroupColors(sizes), [sizes]);
  const graph = useMemo(() => buildDisplayGraph(data, colors), [data, colors]);
  const canOpen = hasRole(session.user.role, 'analyst');
  const open = (id: string) => {
    if (canOpen) window.location.hash = personHref(id);
  };
  return (
    <div className="overview-map">
      <div className="map-side">
        <PersonSearch
          people={data.nodes}
          onSelect={(p) => setSelected(p?.id ?? null)}
          onOpen={(p) => open(p.id)}
        />
        <p className="hint" data-testid="map-stats" data-settled={settled}>
          {t('overview.nodes', { nodes: graph.order, edges: graph.size })}
          {!settled && ` · ${t('overview.layout')}`}
        </p>
        <GroupLegend sizes={sizes} colors={colors} />
      </div>
      <GraphCanvas
        graph={graph}
        label={t('overview.graph')}
        selected={selected}
        onOpen={open}
        onLayoutDone={() => setSettled(true)}
      />
    </div>
  );
}

export function OverviewPage() {
  const { t } = useI18n();
  const status = useApi(() => api.status(), []);
  const graph = useApi(() => api.graph(), []);
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <AsyncView {...status}>{(s) => <KeyFigures status={s} />}</AsyncView>
      <h2>{t('overview.graph')}</h2>
      <AsyncView {...graph}>{(g) => <OrganizationMap data={g} />}</AsyncView>
    </>
  );
}
