/**
 * Leaders filters
 *
 * Labelled selects for group, department and network role, and a name query.
 */
import type { PersonRow } from '../api/schemas.js';
import { useI18n } from '../i18n/i18n-context.js';
import { distinct, type LeaderFilter } from './leaders-model.js';

export interface LeadersFiltersProps {
  readonly people: readonly PersonRow[];
  readonly filter: LeaderFilter;
  readonly onFilter: (filter: LeaderFilter) => void;
}

function Select(props: {
  label: string;
  value: string;
  options: readonly (string | number)[];
  onChange: (v: string) => void;
  name: string;
}) {
  const { t } = useI18n();
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('leaders.any')}</option>
        {props.options.map((o) => (
          <option key={o} value={String(o)}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LeadersFilters({ people, filter, onFilter }: LeadersFiltersProps) {
  const { t } = useI18n();
  return (
    <fieldset className="filters">
      <legend>{t('leaders.filter')}</legend>
      <label>
        {t('leaders.search')}
        <input
          type="search"
          value={filter.query ?? ''}
          onChange={(e) => onFilter({ ...filter, query: e.target.value })}
        />
      </label>
      <Select
        name="community"
        label={t('leaders.group')}
        value={filter.community === undefined ? '' : String(filter.community)}
        options={distinct(people.map((p) => (p.community >= 0 ? p.community : undefined)))}
        onChange={(v) => onFilter({ ...filter, community: v === '' ? undefined : Number(v) })}
      />
      <Select
        name="department"
        label={t('leaders.department')}
        value={filter.department ?? ''}
        options={distinct(people.map((p) => p.department))}
        onChange={(v) => onFilter({ ...filter, department: v || undefined })}
      />
      <Select
        name="role"
        label={t('leaders.role')}
        value={filter.role ?? ''}
        options={distinct(people.map((p) => p.role))}
        onChange={(v) => onFilter({ ...filter, role: v || undefined })}
      />
    </fieldset>
  );
}
