/**
 * Privacy report rendering
 *
 * Renders a `PrivacyReport` as Markdown in Russian or English for the officer's file.
 */
import type { PrivacyReport } from './report.js';

export type ReportLanguage = 'ru' | 'en';

const LABELS = {
  ru: {
    title: 'Сведения об обработке персональных данных',
    workspace: 'Рабочая область',
    generated: 'Сформировано',
    purpose: 'Цель обработки',
    basis: 'Правовое основание',
    notSet: '(не указано)',
    categories: 'Категории обрабатываемых данных',
    subjects: 'Субъекты',
    people: 'людей',
    identifiers: 'идентификаторов',
    optOut: 'записей в списке отказа',
    sources: 'Источники',
    period: 'Период',
    retention: 'Хранение',
    text: 'Тексты сообщений',
    kept: 'хранятся',
    notKept: 'не хранятся (только признаки)',
    days: 'Срок хранения сообщений, дней',
    unlimited: 'не ограничен',
    protections: 'Меры защиты',
    pseudo: 'Псевдонимизация по умолчанию',
    minGroup: 'Минимальный размер группы',
    chain: 'Журнал аудита',
    chainOk: 'цепочка цела',
    chainBroken: 'цепочка нарушена',
    recipients: 'Пользователи с доступом',
    access: 'Кто и к чему обращался',
    warnings: 'Замечания',
    yes: 'да',
    no: 'нет',
  },
  en: {
    title: 'Record of processing',
    workspace: 'Workspace',
    generated: 'Generated',
    purpose: 'Purpose',
    basis: 'Legal basis',
    notSet: '(not set)',
    categories: 'Data categories',
    subjects: 'Data subjects',
    people: 'people',
    identifiers: 'identifiers',
    optOut: 'opt-out entries',
    sources: 'Sources',
    period: 'Period',
    retention: 'Retention',
    text: 'Message text',
    kept: 'kept',
    notKept: 'not kept (features only)',
    days: 'Message retention, days',
    unlimited: 'unlimited',
    protections: 'Protections',
    pseudo: 'Pseudonyms by default',
    minGroup: 'Minimum group size',
    chain: 'Audit log',
    chainOk: 'chain intact',
    chainBroken: 'chain broken',
    recipients: 'Users with access',
    access: 'Who accessed what',
    warnings: 'Warnings',
    yes: 'yes',
    no: 'no',
  },
} as const;

/** Renders the report as Markdown. */
export function renderPrivacyReport(r: PrivacyReport, lang: ReportLanguage = 'ru'): string {
  const t = LABELS[lang];
  const yn = (b: boolean): string => (b ? t.yes : t.no);
  const chain = r.protections.auditChain;
  const lines = [
    `# ${t.title}`,
    '',
    `- ${t.workspace}: ${r.workspace}`,
    `- ${t.generated}: ${r.generatedAt}`,
    `- ${t.purpose}: ${r.purpose}`,
    `- ${t.basis}: ${r.legalBasis || t.notSet}`,
    '',
    `## ${t.categories}`,
    ...r.dataCategories.map((c) => `- ${c}`),
    '',
    `## ${t.subjects}`,
    `- ${r.dataSubjects.people} ${t.people}, ${r.dataSubjects.identifiers} ${t.identifiers}, ${r.dataSubjects.optOutEntries} ${t.optOut}`,
    r.period ? `- ${t.period}: ${r.period.from} — ${r.period.to}` : '',
    '',
    `## ${t.sources}`,
    ...r.sources.map((s) => `- ${s.source} (${s.format}, ${s.channel}): ${s.messages}`),
    '',
    `## ${t.retention}`,
    `- ${t.text}: ${r.retention.retainText ? t.kept : t.notKept}`,
    `- ${t.days}: ${r.retention.retentionDays ?? t.unlimited}`,
    '',
    `## ${t.protections}`,
    `- ${t.pseudo}: ${yn(r.protections.pseudonymize)}`,
    `- ${t.minGroup}: ${r.protections.minGroupSize}`,
    `- ${t.chain}: ${chain.ok ? t.chainOk : t.chainBroken}, ${chain.entries}`,
    '',
    `## ${t.recipients}`,
    ...r.recipients.map((u) => `- ${u.username}: ${u.role}${u.disabled ? ' (disabled)' : ''}`),
    '',
    `## ${t.access}`,
    ...r.access.map((a) => `- ${a.actor}: ${a.action} × ${a.count} (${a.last})`),
  ];
  if (r.warnings.length) lines.push('', `## ${t.warnings}`, ...r.warnings.map((w) => `- ${w}`));
  return lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n') + '\n';
}
