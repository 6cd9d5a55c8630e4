/**
 * Bar list
 *
 * Horizontal bars for a few named shares (topic mix, departments): label, bar, value. Plain HTML so it
 * reads well with a screen reader and wraps on small screens.
 */
import { useI18n } from '../i18n/i18n-context.js';

export interface BarItem {
  readonly key: string;
  readonly value: number;
  readonly color?: string;
}

/** Items from a record, largest first, top `limit`. */
export function itemsOf(record: Readonly<Record<string, number>>, limit = 10): BarItem[] {
  return Object.entries(record)
    .map(([key, value]) => ({ key, value }))
    .filter((i) => i.value > 0)
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key))
    .slice(0, limit);
}

export function BarList({
  items,
  percent = false,
  label,
}: {
  items: readonly BarItem[];
  percent?: boolean;
  label: string;
}) {
  const { t, n } = useI18n();
  const max = Math.max(0, ...items.map((i) => i.value));
  const total = items.reduce((s, i) => s + i.value, 0) || 1;
  if (items.length === 0) return <p className="hint">{t('person.none')}</p>;
  return (
    <ul className="bar-list" aria-label={label}>
      {items.map((i) => (
        <li key={i.key}>
          <span className="bar-label">{i.key}</span>
          <span className="bar-track" aria-hidden="true">
            <span
              className="bar-fill"
              style={{ width: `${(100 * i.value) / (max || 1)}%`, background: i.color }}
            />
          </span>
          <span className="bar-value">
            {percent ? `${n((100 * i.value) / total)}%` : n(i.value, i.value < 10 ? 1 : 0)}
          </span>
        </li>
      ))}
    </ul>
  );
}
