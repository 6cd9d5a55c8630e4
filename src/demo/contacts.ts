/**
 * Contact details
 *
 * Corporate e-mail addresses (transliterated, collision-free), personal mailboxes, phone numbers,
 * Telegram ids, @handles and display names. The quirks identity resolution must cope with are
 * planted here: personal addresses only the directory links, plus-addressing, mixed case, Telegram
 * names that are diminutives or Latin.
 */
import { pick, randomInt, type Rng } from '../shared/rng.js';
import { diminutive } from './names.js';
import { transliterate } from '../identity/index.js';
import type { Person } from './types.js';

export const DOMAIN = 'ozersk.ru';
const PERSONAL_DOMAINS = ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'list.ru'];

function corporateEmail(p: Person, used: Set<string>): string {
  const first = transliterate(p.firstName).charAt(0);
  const pat = transliterate(p.patronymic).charAt(0);
  const last = transliterate(p.surname).replace(/[^a-z]/g, '');
  const candidates = [`${first}.${last}`, `${first}.${pat}.${last}`, `${last}.${first}${pat}`];
  for (let n = 2; candidates.length < 20; n++) candidates.push(`${first}.${last}${n}`);
  const local = candidates.find((c) => !used.has(c)) as string;
  used.add(local);
  return `${local}@${DOMAIN}`;
}

function personalEmail(rng: Rng, p: Person): string {
  const first = transliterate(p.firstName);
  const last = transliterate(p.surname).replace(/[^a-z]/g, '');
  const forms = [`${last}.${first}`, `${first}${last}${p.birthYear % 100}`, `${last}_${first.charAt(0)}`];
  return `${pick(rng, forms)}${randomInt(rng, 90) + 10}@${pick(rng, PERSONAL_DOMAINS)}`;
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(randomInt(rng, 10));
  return s;
}

function phones(rng: Rng, index: number): string[] {
  const ext = 20000 + ((index * 37) % 9000);
  const work = `+7 (35130) ${String(ext).charAt(0)}-${String(ext).slice(1, 3)}-${String(ext).slice(3)}`;
  const list = [work];
  if (rng() < 0.7) {
    const m = `9${digits(rng, 9)}`;
    list.push(rng() < 0.5 ? `+7 ${m.slice(0, 3)} ${m.slice(3, 6)}-${m.slice(6, 8)}-${m.slice(8)}` : `8${m}`);
  }
  return list;
}

function handle(rng: Rng, p: Person, used: Set<string>): string {
  const first = transliterate(p.firstName).replace(/[^a-z]/g, '');
  const last = transliterate(p.surname).replace(/[^a-z]/g, '');
  const forms = [
    `${first}_${last}`,
    `${last}${p.birthYear % 100}`,
    `${first.charAt(0)}${last}`,
    `${last}_${first}`,
  ];
  let h = pick(rng, forms);
  while (used.has(h) || h.length < 5) h = `${h}${randomInt(rng, 10)}`;
  used.add(h);
  return h;
}

function telegramName(rng: Rng, p: Person): string {
  const r = rng();
  const dim = diminutive(p.firstName);
  if (r < 0.12 && dim) return `${dim} ${p.surname}`;
  if (r < 0.18) {
    const lat = transliterate(`${p.firstName} ${p.surname}`);
    return lat.replace(/\b\w/g, (c) => c.toUpperCase());
  }
  if (r < 0.24) return p.firstName;
  return `${p.firstName} ${p.surname}`;
}

/** Assigns addresses, phones and messenger accounts to everyone. */
export function assignContacts(rng: Rng, people: readonly Person[]): void {
  const usedLocal = new Set<string>();
  const usedHandles = new Set<string>();
  const usedTg = new Set<number>();
  for (const p of people) {
    p.email = corporateEmail(p, usedLocal);
    if (rng() < 0.22) {
      p.personalEmail = personalEmail(rng, p);
      p.personalShare = rng() < 0.35 ? 0.15 + 0.35 * rng() : 0.03;
    }
    const q = rng();
    p.addressQuirk = q < 0.06 ? 'plus' : q < 0.12 ? 'case' : 'none';
    p.phones = phones(rng, p.index);
    const olderOffline = p.birthYear < 1966 && rng() < 0.5;
    if (!olderOffline && rng() < 0.9) {
      let id = 100_000_000 + randomInt(rng, 1_900_000_000);
      while (usedTg.has(id)) id++;
      usedTg.add(id);
      p.telegramId = id;
      if (rng() < 0.62) p.handle = handle(rng, p, usedHandles);
      p.tgName = telegramName(rng, p);
    }
  }
}

/** Gives everyone a Telegram account (planted leaders must be reachable in chats). */
export function ensureTelegram(rng: Rng, p: Person, usedIds: ReadonlySet<number>): void {
  if (p.telegramId !== undefined) return;
  let id = 100_000_000 + randomInt(rng, 1_900_000_000);
  while (usedIds.has(id)) id++;
  p.telegramId = id;
  p.tgName = `${p.firstName} ${p.surname}`;
}

/** Slack ids for the few IT staff who also use a Slack workspace. */
export function assignSlack(people: readonly Person[], itDepartmentId: string): void {
  for (const p of people) {
    if (p.departmentId === itDepartmentId)
      p.slack = `U0${(p.index * 7919).toString(36).toUpperCase().padStart(7, 'X')}`;
  }
}
