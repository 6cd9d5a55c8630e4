/**
 * Live marker test
 *
 * Type a sentence and see which topics and stance targets the (unsaved) markers find in it, and why:
 * which rule matched which words. Requests are debounced and only the latest answer is shown.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { ExplainedMarker, MarkerTest, Markers } from '../api/schemas-admin.js';
import { BarList, itemsOf } from '../charts/bar-list.js';
import { StanceBars } from '../charts/stance-bars.js';
import { ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

const DEBOUNCE_MS = 300;

function Why({ owners }: { owners: readonly ExplainedMarker[] }) {
  const { t } = useI18n();
  return (
    <ul className="marker-why">
      {owners.map((o) => (
        <li key={o.id}>
          <strong>{o.label ?? o.id}</strong>:{' '}
          {o.hits.map((h) => t('markers.hit', { matched: h.matched, rule: h.rule, via: h.via })).join('; ')}
          {o.exclusions.length > 0 &&
            ` — ${t('markers.excluded', { rules: o.exclusions.map((h) => h.rule).join(', ') })}`}
        </li>
      ))}
    </ul>
  );
}

export function MarkerTestResult({ result }: { result: MarkerTest }) {
  const { t, n } = useI18n();
  const topics = itemsOf(result.topics);
  if (topics.length === 0 && Object.keys(result.stance).length === 0)
    return <p className="hint">{t('markers.noHits')}</p>;
  return (
    <div data-testid="marker-result">
      <BarList items={topics} label={t('groups.topics')} />
      <Why owners={result.explanation.topics} />
      {Object.keys(result.stance).length > 0 && <StanceBars stance={result.stance} />}
      <Why owners={result.explanation.targets} />
      {result.sentiment !== undefined && <p>{t('markers.sentiment', { value: n(result.sentiment, 2) })}</p>}
    </div>
  );
}

export function MarkerTester({ markers }: { markers: Markers }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<MarkerTest | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!text.trim()) {
      setResult(null);
      return undefined;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api.testMarkers(text, markers, lang).then(
        (r) => live && (setResult(r), setError(null)),
        (e: unknown) => live && setError(e),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, markers, lang]);
  return (
    <section className="card" aria-labelledby="tester-title">
      <h2 id="tester-title">{t('markers.test')}</h2>
      <label>
        {t('markers.sentence')}
        <textarea
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="marker-sentence"
          aria-describedby="tester-hint"
        />
      </label>
      <p id="tester-hint" className="hint">
        {t('markers.sentenceHint')}
      </p>
      <div aria-live="polite">
        {error ? <ErrorMessage error={error} /> : result && <MarkerTestResult result={result} />}
      </div>
    </section>
  );
}
