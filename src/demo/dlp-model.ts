/**
 * DLP events
 *
 * What a DLP system logs on workstations: a sample of corporate e-mail, personal web-mail, messenger
 * activity, copies to USB sticks (some blocked), prints and cloud uploads. Users are identified by
 * their corporate address; web-mail goes to personal addresses the directory may know.
 */
import { pick, randomInt, type Rng } from '../shared/rng.js';
import { workTime, type Calendar } from './calendar.js';
import { CIVIC_IDS, composeSubject, SOCIAL_IDS } from './compose.js';
import type { Chat, ChatEvent, DlpEvent, MailEvent, Org, Person } from './types.js';

const FILES = [
  'Отчёт_за_квартал.xlsx',
  'Проект_постановления.docx',
  'Договор_аренды.docx',
  'Фото_объекта.jpg',
  'Презентация_совещание.pptx',
  'Смета_ремонт.xlsx',
  'Служебная_записка.docx',
  'Сканы_документов.pdf',
];
const EXTERNAL = [
  'info@ozersk-uk.ru',
  'zakaz@tipografiya74.ru',
  'priem@chelreg.ru',
  'redakciya@ozerskiy-vestnik.ru',
];

function mailEvents(rng: Rng, org: Org, mails: readonly MailEvent[]): DlpEvent[] {
  const out: DlpEvent[] = [];
  for (const m of mails) {
    if (m.senderId === undefined || m.kind === 'auto-reply' || rng() >= 0.1) continue;
    const p = org.byId.get(m.senderId) as Person;
    out.push({
      time: m.time,
      userId: p.id,
      channel: 'email',
      action: 'send',
      recipients: [...m.to, ...m.cc].map((a) => a.address),
      subject: m.subject,
      attachments: m.attachment ? [m.attachment.filename] : [],
      size: Buffer.byteLength(m.body) + (m.attachment?.size ?? 0),
    });
  }
  return out;
}

function chatEvents(rng: Rng, chats: readonly Chat[], events: readonly ChatEvent[]): DlpEvent[] {
  const names = new Map(chats.map((c) => [c.key, c.name]));
  const out: DlpEvent[] = [];
  for (const e of events) {
    if (e.kind !== 'message' || rng() >= 0.06) continue;
    const size = e.parts.reduce(
      (n, part) => n + (part.kind === 'plain' ? Buffer.byteLength(part.text) : 12),
      0,
    );
    out.push({
      time: e.time,
      userId: e.senderId,
      channel: 'messenger',
      action: 'send',
      recipients: [],
      subject: `Telegram: ${names.get(e.chatKey) ?? ''}`,
      attachments: [],
      size,
    });
  }
  return out;
}

function webMail(rng: Rng, org: Org, p: Person, t: number): DlpEvent {
  const friend = org.byId.get(pick(rng, p.contacts.length > 0 ? p.contacts : [p.id])) as Person;
  const to = friend.personalEmail ?? (rng() < 0.5 ? friend.email : pick(rng, EXTERNAL));
  const topic = pick(rng, rng() < 0.5 ? CIVIC_IDS : SOCIAL_IDS);
  return {
    time: t,
    userId: p.id,
    channel: 'web-mail',
    action: 'send',
    recipients: [to],
    subject: composeSubject(rng, topic, p, t),
    attachments: [],
    size: 800 + randomInt(rng, 6000),
  };
}

function deviceEvent(rng: Rng, p: Person, t: number): DlpEvent {
  const r = rng();
  const file = pick(rng, FILES);
  const size = 20_000 + randomInt(rng, 4_000_000);
  if (r < 0.55)
    return {
      time: t,
      userId: p.id,
      channel: 'print',
      action: 'print',
      recipients: [],
      subject: file,
      attachments: [file],
      size,
    };
  if (r < 0.9)
    return {
      time: t,
      userId: p.id,
      channel: 'usb',
      action: rng() < 0.06 ? 'block' : 'copy',
      recipients: [],
      subject: file,
      attachments: [file],
      size,
    };
  return {
    time: t,
    userId: p.id,
    channel: 'cloud',
    action: 'upload',
    recipients: [],
    subject: 'disk.yandex.ru',
    attachments: [file],
    size,
  };
}

/** Builds the DLP log, sorted by time. */
export function generateDlp(
  rng: Rng,
  org: Org,
  cal: Calendar,
  mails: readonly MailEvent[],
  chats: readonly Chat[],
  events: readonly ChatEvent[],
): DlpEvent[] {
  const out = [...mailEvents(rng, org, mails), ...chatEvents(rng, chats, events)];
  const weeks = cal.workDays.length / 5;
  for (const p of org.people) {
    const web = Math.round(weeks * (p.personalEmail ? 0.25 : 0.06) * rng() * 2);
    for (let i = 0; i < web; i++) {
      const t = workTime(rng, cal);
      if (p.silentFrom === undefined || t < p.silentFrom) out.push(webMail(rng, org, p, t));
    }
    const devices = Math.round(weeks * 0.2 * rng() * 2);
    for (let i = 0; i < devices; i++) {
      const t = workTime(rng, cal);
      if (p.silentFrom === undefined || t < p.silentFrom) out.push(deviceEvent(rng, p, t));
    }
  }
  return out.sort((a, b) => a.time - b.time || a.userId.localeCompare(b.userId));
}
