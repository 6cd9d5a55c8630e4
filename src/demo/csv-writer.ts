/**
 * CSV writers
 *
 * The DLP event log and the staff directory as RFC 4180 CSV (comma-separated, fields quoted when
 * they hold a comma, quote or newline, CRLF line ends). Multiple values inside a field use `;`.
 */
import { offsetIso } from './calendar.js';
import type { DemoModel, Person } from './types.js';

export const DLP_HEADER = [
  'timestamp',
  'event_id',
  'user',
  'channel',
  'action',
  'recipients',
  'subject',
  'attachments',
  'size',
] as const;
export const DIRECTORY_HEADER = [
  'id',
  'name',
  'department',
  'position',
  'manager_id',
  'emails',
  'phones',
  'telegram',
  'slack',
  'sex',
] as const;

/** One CSV field, quoted when needed. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The DLP log. */
export function renderDlp(model: DemoModel): string {
  let out = csvLine(DLP_HEADER);
  model.dlp.forEach((e, i) => {
    const user = model.org.byId.get(e.userId) as Person;
    const id = `EV-${String(i + 1).padStart(7, '0')}`;
    out += csvLine([
      offsetIso(e.time),
      id,
      user.email,
      e.channel,
      e.action,
      e.recipients.join(';'),
      e.subject,
      e.attachments.join(';'),
      e.size,
    ]);
  });
  return out;
}

/** The staff directory (one row per person). */
export function renderDirectory(model: DemoModel): string {
  const depts = new Map(model.org.departments.map((d) => [d.id, d.name]));
  let out = csvLine(DIRECTORY_HEADER);
  for (const p of model.org.people) {
    const emails = [p.email, ...(p.personalEmail ? [p.personalEmail] : [])];
    const telegram =
      p.telegramId === undefined ? [] : [`user${p.telegramId}`, ...(p.handle ? [`@${p.handle}`] : [])];
    const name = `${p.surname} ${p.firstName} ${p.patronymic}`;
    out += csvLine([
      p.id,
      name,
      depts.get(p.departmentId) ?? '',
      p.position,
      p.managerId ?? '',
      emails.join(';'),
      p.phones.join(';'),
      telegram.join(';'),
      p.slack ?? '',
      p.sex,
    ]);
  }
  return out;
}
