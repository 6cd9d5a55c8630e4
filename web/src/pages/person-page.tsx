/**
 * Person page
 *
 * One person's communication map: ego graph, top contacts, spheres (departments and groups), topic mix,
 * stance with counts, hour × weekday rhythm, change since the last period, and what the score is made of.
 * Needs the analyst role; the server refuses viewers and the page says so.
 */
import { useMemo } from 'react';
import { BarList, itemsOf } from '../charts/bar-list.js';
import { ExplanationList } from '../charts/explanation-bar.js';
import { RhythmHeatmap } from '../charts/rhythm-heatmap.js';
import { StanceBars } from '../charts/stance-bars.js';
import { AsyncView } from '../components/status-message.js';
import { buildDisplayGraph } from '../graph/build-graph.js';
import { GraphCanvas } from '../graph/graph-canvas.js';
import { countGroups, createGroupColors } from '../graph/palette.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import { useApi } from '../state/use-api.js';
import { loadPerson, type PersonView as View } from './person-model.js';
import { Change, Contacts, Spheres } from './person-sections.js';

function EgoGraph({ view }: { view: View }) {
  const { t } = useI18n();
  const graph = useMemo(
    () => buildDisplayGraph(view.ego, createGroupColors(view.groupSizes ?? countGroups(view.ego.nodes))),
    [view],
  );
  if (graph.order <= 1) return <p className="hint">{t('person.none')}</p>;
  return (
    <GraphCanvas
      graph={graph}
      label={t('person.ego')}
      selected={view.person.id}
      onOpen={(id) => {
        window.location.hash = personHref(id);
      }}
    />
  );
}

function PersonView({ view }: { view: View }) {
  const { t, n } = useI18n();
  const p = view.person;
  return (
    <>
      <h1>{t('person.title', { label: p.label })}</h1>
      <p className="lead">
        {t('person.score', { score: n(p.score, 3), rank: p.rank })}
        {p.department && ` · ${p.department}`}
        {p.role && ` · ${p.role}`}
      </p>
      <div className="grid-2">
        <section className="card ego-card" aria-labelledby="ego-title">
          <h2 id="ego-title">{t('person.ego')}</h2>
          <EgoGraph view={view} />
        </section>
        <section className="card" aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('person.contacts')}</h2>
          <Contacts contacts={view.contacts} />
        </section>
        <section className="card" aria-labelledby="explanation-title">
          <h2 id="explanation-title">{t('person.explanation')}</h2>
          <ExplanationList factors={p.explanation} />
        </section>
        <section className="card" aria-labelledby="spheres-title">
          <h2 id="spheres-title">{t('person.spheres')}</h2>
          <Spheres spheres={view.spheres} />
        </section>
        <section className="card" aria-labelledby="topics-title">
          <h2 id="topics-title">{t('person.topics')}</h2>
          <div data-testid="person-topics">
            <BarList items={itemsOf(view.topics)} percent label={t('person.topics')} />
          </div>
        </section>
        <section className="card" aria-labelledby="stance-title">
          <h2 id="stance-title">{t('person.stance')}</h2>
          {Object.keys(view.stance).length ? (
            <StanceBars stance={view.stance} />
          ) : (
            <p className="hint">{t('person.noStance')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="rhythm-title">
          <h2 id="rhythm-title">{t('person.rhythm')}</h2>
          {view.rhythm ? <RhythmHeatmap rhythm={view.rhythm} /> : <p className="hint">{t('person.none')}</p>}
        </section>
        <section className="card" aria-labelledby="change-title">
          <h2 id="change-title">{t('person.change')}</h2>
          <Change change={view.change} />
        </section>
      </div>
    </>
  );
}

export function PersonPage({ id }: { id: string }) {
  const person = useApi(() => loadPerson(id), [id]);
  return <AsyncView {...person}>{(view) => <PersonView view={view} />}</AsyncView>;
}
