/**
 * CSV export
 *
 * One row per person: id, label, community, rank, score, department, every metric, and addresses
 * when identified. RFC 4180 quoting, UTF-8 with a BOM so Excel opens Cyrillic correctly.
 */
import type { ExportModel } from './export-model.js';

/** Quotes one CSV field when it needs it. */
export function csvField(v: string | number | boolean | null | undefined): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(model: ExportModel): string {
  const metricNames = [...new Set(model.people.flatMap((p) => Object.keys(p.metrics)))].sort();
  const header = ['id', 'label', 'community', 'rank', 'score', 'department', ...metricNames];
  if (model.identified) header.push('addresses');
  const rows = model.people.map((p) => {
    const row: (string | number | undefined)[] = [
      p.id,
      p.label,
      p.community,
      p.rank,
      p.score,
      p.department,
      ...metricNames.map((m) => p.metrics[m]),
    ];
    if (model.identified) row.push((p.addresses ?? []).join(' '));
    return row.map(csvField).join(',');
  });
  return '\uFEFF' + [header.join(','), ...rows].join('\r\n') + '\r\n';
}
