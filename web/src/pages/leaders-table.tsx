/**
 * Leaders table
 *
 * Sortable columns (header buttons with `aria-sort`), the score with its explanation bar, and a link to
 * each person's map for roles allowed to open it.
 */
import type { PersonRow } from '../api/schemas.js';
import { ExplanationBar } from '../charts/explanation-bar.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import type { SortDir, SortKey } from './leaders-model.js';

const COLUMNS: readonly { key: SortKey; label: MessageKey }[] = [
  { key: 'rank', label: 'leaders.rank' },
  { key: 'label', label: 'leaders.person' },
  { key: 'department', label: 'leaders.department' },
  { key: 'community', label: 'leaders.group' },
  { key: 'role', label: 'leaders.role' },
  { key: 'score', label: 'leaders.score' },
  { key: 'formalRank', label: 'leaders.formal' },
];

export interface LeadersTableProps {
  readonly rows: readonly PersonRow[];
  readonly sort: { key: SortKey; dir: SortDir };
  readonly onSort: (key: SortKey) => void;
  readonly canOpen: boolean;
}

function Row({ p, canOpen }: { p: PersonRow; canOpen: boolean }) {
  const { n } = useI18n();
  return (
    <tr>
      <td className="num">{p.rank}</td>
      <td>{canOpen ? <a href={personHref(p.id)}>{p.label}</a> : p.label}</td>
      <td>{p.department ?? '—'}</td>
      <td className="num">{p.community >= 0 ? p.community : '—'}</td>
      <td>{p.role ?? '—'}</td>
      <td className="num">{n(p.score, 3)}</td>
      <td className="num">{p.formalRank ?? '—'}</td>
      <td>
        <ExplanationBar factors={p.explanation} />
      </td>
    </tr>
  );
}

export function LeadersTable({ rows, sort, onSort, canOpen }: LeadersTableProps) {
  const { t } = useI18n();
  return (
    <table className="data-table" data-testid="leaders-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                onClick={() => onSort(c.key)}
                title={t('leaders.sortBy', { column: t(c.label) })}
                data-sort={c.key}
              >
                {t(c.label)}
                <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
          <th scope="col">{t('leaders.why')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <Row key={p.id} p={p} canOpen={canOpen} />
        ))}
      </tbody>
    </table>
  );
}
