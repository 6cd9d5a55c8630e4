/**
 * Marker list editor
 *
 * Edits one list of markers (topics or stance targets): id, name and terms, one per line. Changes are
 * local until saved.
 */
import { useState } from 'react';
import type { MarkerEntry } from '../api/schemas-admin.js';
import { useI18n } from '../i18n/i18n-context.js';

/** Splits a textarea into terms: one a line, trimmed, empty lines dropped. */
export function parseTerms(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

function EntryRow({
  entry,
  onChange,
  onRemove,
}: {
  entry: MarkerEntry;
  onChange: (e: MarkerEntry) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="marker-entry">
      <legend>{entry.label || entry.id}</legend>
      <label>
        {t('markers.label')}
        <input value={entry.label ?? ''} onChange={(e) => onChange({ ...entry, label: e.target.value })} />
      </label>
      <label>
        {t('markers.terms')}
        <textarea
          rows={4}
          value={entry.terms.join('\n')}
          onChange={(e) => onChange({ ...entry, terms: parseTerms(e.target.value) })}
        />
      </label>
      <button type="button" className="secondary" onClick={onRemove}>
        {t('markers.remove', { id: entry.id })}
      </button>
    </fieldset>
  );
}

export function MarkerEditor({
  title,
  entries,
  onChange,
}: {
  title: string;
  entries: readonly MarkerEntry[];
  onChange: (e: MarkerEntry[]) => void;
}) {
  const { t } = useI18n();
  const [newId, setNewId] = useState('');
  const add = () => {
    const id = newId.trim();
    if (!id || entries.some((e) => e.id === id)) return;
    onChange([...entries, { id, label: id, terms: [] }]);
    setNewId('');
  };
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {entries.map((entry, i) => (
        <EntryRow
          key={entry.id}
          entry={entry}
          onChange={(next) => onChange(entries.map((e, j) => (j === i ? next : e)))}
          onRemove={() => onChange(entries.filter((_, j) => j !== i))}
        />
      ))}
      <div className="inline-form">
        <label>
          {t('markers.id')}
          <input value={newId} onChange={(e) => setNewId(e.target.value)} />
        </label>
        <button type="button" onClick={add}>
          {t('markers.add')}
        </button>
      </div>
    </section>
  );
}
