/**
 * Demo outcome files
 *
 * Writes the participant lists of the demo story's two campaigns the way real ones arrive: the
 * formal campaign as a semicolon CSV with Russian headers and `дд.мм.гггг чч:мм` dates, the
 * ambassador campaign as an XLSX with date cells. A seeded share of rows is damaged on purpose —
 * unknown people, duplicates, malformed dates and phones — so evaluation shows its diagnostics.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { randomInt, type Rng } from '../shared/rng.js';
import type { IdentityLinkLike } from './match-outcome.js';
import type { CampaignPerson } from './types.js';

export interface OutcomeNoise {
  readonly unknown: number;
  readonly duplicates: number;
  readonly badDates: number;
  readonly badPhones: number;
}

interface Row {
  name: string;
  email: string;
  phone: string;
  ts: number | string;
}

const pad = (x: number): string => String(x).padStart(2, '0');
function ruDate(ts: number): string {
  const d = new Date(ts);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Participant rows for `ids` within [start, start + days), with seeded damage. */
export function outcomeRows(
  ids: readonly string[],
  people: ReadonlyMap<string, CampaignPerson>,
  links: readonly IdentityLinkLike[],
  start: number,
  days: number,
  noise: OutcomeNoise,
  rng: Rng,
): Row[] {
  const emailOf = new Map<string, string>();
  for (const l of links)
    if (l.identifier.startsWith('email:') && !emailOf.has(l.personId))
      emailOf.set(l.personId, l.identifier.slice(6));
  const rows: Row[] = ids.map((id) => ({
    name: people.get(id)?.name ?? '',
    email: emailOf.get(id) ?? '',
    phone: '',
    ts: start + randomInt(rng, days * 86_400_000),
  }));
  for (let i = 0; i < noise.duplicates && rows.length > 0; i++)
    rows.push({ ...rows[randomInt(rng, rows.length)] });
  for (let i = 0; i < noise.unknown; i++) {
    rows.push({ name: `Гость ${i + 1}`, email: `guest${i + 1}@example.org`, phone: '', ts: start });
  }
  for (let i = 0; i < noise.badDates && rows.length > 0; i++)
    rows[randomInt(rng, rows.length)].ts = '32.13.2025';
  for (let i = 0; i < noise.badPhones && rows.length > 0; i++)
    rows[randomInt(rng, rows.length)].phone = '12-34';
  return rows;
}

/** The formal campaign's list: semicolon CSV, Russian headers and dates. */
export async function writeOutcomeCsv(path: string, rows: readonly Row[]): Promise<void> {
  const q = (s: string): string => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['ФИО;Эл. почта;Телефон;Дата и время'];
  for (const r of rows)
    lines.push([r.name, r.email, r.phone, typeof r.ts === 'number' ? ruDate(r.ts) : r.ts].map(q).join(';'));
  await writeFile(path, `\ufeff${lines.join('\r\n')}\r\n`);
}

/** The ambassador campaign's list: XLSX with date cells. */
export async function writeOutcomeXlsx(path: string, rows: readonly Row[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Участники');
  ws.addRow(['E-mail', 'Телефон', 'ФИО', 'Время']);
  for (const r of rows)
    ws.addRow([r.email, r.phone, r.name, typeof r.ts === 'number' ? new Date(r.ts) : r.ts]);
  await wb.xlsx.writeFile(path);
}
