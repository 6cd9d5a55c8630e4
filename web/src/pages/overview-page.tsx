/**
 * Overview page
 *
 * Key figures, the organization's communication map (colour = interest group, size = leader score),
 * its legend and a search that highlights a person on the map and opens their page. Viewers, who may
 * not see people, get the map of interest groups instead.
 */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { GraphData } from '../api/schemas.js';
import { GroupLegend } from '../components/group-legend.js';
import { KeyFigures, loadFigures } from '../components/key-figures.js';
import { PersonSearch } from '../components/person-search.js';
import { AsyncView, Empty } from '../components/status-message.js';
import { groupMapGraph } from '../derive/groups.js';
import { buildDisplayGraph } from '../graph/build-graph.js';
import { GraphCanvas } from '../graph/graph-canvas.js';
import { countGroups, createGroupColors } from '../graph/palette.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import { hasRole, useSession } from '../state/session-context.js';
import { peopleMap } from '../state/shared-data.js';
import { useApi } from '../state/use-api.js';

/** Performance marks of the overview (read by the browser e2e test to measure time to interactive). */
export const OVERVIEW_MARKS = {
  interactive: 'sociogram:overview-interactive',
  settled: 'sociogram:overview-settled',
} as const;

function OrganizationMap({ data, people }: { data: GraphData; people: boolean }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    // The map's first frame after its data arrived: the page can be used from here on.
    const frame = requestAnimationFrame(() => performance.mark(OVERVIEW_MARKS.interactive));
    return () => cancelAnimationFrame(frame);
  }, []);
  // NOTE: on the group map each node is a group: its size is its score (head count).
  const sizes = useMemo(
    () => (people ? countGroups(data.nodes) : new Map(data.nodes.map((n) => [n.community, n.score]))),
    [data, people],
  );
  const colors = useMemo(() => createGroupColors(sizes), [sizes]);
  const graph = useMemo(() => buildDisplayGraph(data, colors), [data, colors]);
  const open = (id: string) => {
    if (people) window.location.hash = personHref(id);
  };
  if (graph.order === 0) return <Empty>{t('empty.analysis')}</Empty>;
  return (
    <div className="overview-map">
      <div className="map-side">
        <PersonSearch
          people={data.nodes}
          onSelect={(p) => setSelected(p?.id ?? null)}
          onOpen={(p) => open(p.id)}
        />
        <p className="hint" data-testid="map-stats" data-settled={settled}>
          {t(people ? 'overview.nodes' : 'overview.groupNodes', { nodes: graph.order, edges: graph.size })}
          {!settled && ` · ${t('overview.layout')}`}
        </p>
        <GroupLegend sizes={sizes} colors={colors} />
      </div>
      <GraphCanvas
        graph={graph}
        label={people ? t('overview.graph') : t('overview.groupMap')}
        selected={selected}
        onOpen={open}
        onLayoutDone={() => {
          performance.mark(OVERVIEW_MARKS.settled);
          setSettled(true);
        }}
        fixed={!people}
      />
    </div>
  );
}

/** The person-level map for analysts, the group-level map for viewers. */
async function loadMap(
  people: boolean,
  groupLabel: (id: number, size: number) => string,
): Promise<GraphData> {
  if (people) return peopleMap.get();
  return groupMapGraph(await api.groupMap(), groupLabel);
}

export function OverviewPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const people = hasRole(session.user.role, 'analyst');
  const figures = useApi(loadFigures, []);
  const groupLabel = (id: number, size: number) =>
    `${t('overview.group', { id })} · ${t('overview.members', { count: size })}`;
  const map = useApi(() => loadMap(people, groupLabel), [people]);
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <AsyncView {...figures}>{(f) => <KeyFigures figures={f} />}</AsyncView>
      <h2>{people ? t('overview.graph') : t('overview.groupMap')}</h2>
      <AsyncView {...map}>{(g) => <OrganizationMap data={g} people={people} />}</AsyncView>
    </>
  );
}
