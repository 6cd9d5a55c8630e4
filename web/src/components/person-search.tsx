/**
 * Person search box
 *
 * A labelled combobox: typing lists matching people; arrow keys move, Enter opens, Escape clears.
 * Selecting a person highlights them on the map (`onSelect`); Enter or a click opens their page.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { searchPeople, type Searchable } from '../graph/search.js';
import { useI18n } from '../i18n/i18n-context.js';

export interface PersonSearchProps<T extends Searchable> {
  readonly people: readonly T[];
  readonly onSelect: (person: T | null) => void;
  readonly onOpen: (person: T) => void;
}

export function PersonSearch<T extends Searchable>({ people, onSelect, onOpen }: PersonSearchProps<T>) {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = searchPeople(people, query);

  const move = (to: number) => {
    const next = (to + matches.length) % Math.max(1, matches.length);
    setActive(next);
    onSelect(matches[next] ?? null);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'Enter' && matches[active]) onOpen(matches[active]);
    else if (event.key === 'Escape') {
      setQuery('');
      onSelect(null);
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`}>{t('overview.search')}</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          onSelect(searchPeople(people, e.target.value)[0] ?? null);
        }}
        onKeyDown={onKey}
        data-testid="person-search"
      />
      {query && matches.length === 0 && <p className="hint">{t('overview.searchNone', { query })}</p>}
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="search-results">
          {matches.map((p, i) => (
            <li key={p.id} id={`${listId}-${i}`} role="option" aria-selected={i === active}>
              <button type="button" tabIndex={-1} onClick={() => onOpen(p)} onMouseEnter={() => onSelect(p)}>
                {p.label}
                {p.pseudonym && p.pseudonym !== p.label ? ` · ${p.pseudonym}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
