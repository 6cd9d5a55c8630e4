/**
 * Demo model
 *
 * Builds the whole synthetic world in memory, deterministically from a seed: the organization, the
 * planted change (optional), mail, chats and the DLP log. Each stage draws from its own seeded
 * stream so that tuning one stage does not reshuffle the others.
 */
import { createRng, type Rng } from '../shared/rng.js';
import { buildOrg } from './build-org.js';
import { createCalendar, localDate, type Calendar } from './calendar.js';
import { createChatContext } from './chat-context.js';
import { generateChats } from './chat-model.js';
import { buildChats, chooseOwner } from './chat-setup.js';
import { generateDlp } from './dlp-model.js';
import { generateAutomatedMail } from './mail-auto.js';
import { generateBroadcastMail } from './mail-broadcast.js';
import { generateCivicMail } from './mail-civic.js';
import { createMailContext } from './mail-context.js';
import { generateWorkMail } from './mail-work.js';
import type { DemoModel, MailEvent, ModelOptions, Org, PlantedChange } from './types.js';

function stream(seed: number, stage: number): Rng {
  return createRng((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stage, 0x85ebca6b)) >>> 0);
}

function planChange(org: Org, cal: Calendar): { change: PlantedChange; time: number } | undefined {
  const leader = [...org.people]
    .filter((p) => p.isLeader)
    .sort((a, b) => b.groups.length - a.groups.length || a.index - b.index)[0];
  const ids = org.groups.map((g) => g.id).filter((id) => id !== 'g-union');
  const preferred: [string, string] = ['g-eco', 'g-volunteers'];
  const merged: [string, string] = preferred.every((id) => ids.includes(id))
    ? preferred
    : [ids[ids.length - 2], ids[ids.length - 1]];
  const target = cal.start + 40 * 86_400_000;
  const time = cal.workDays.find((d) => d >= target);
  if (!leader || time === undefined || ids.length < 2) return undefined;
  leader.silentFrom = time;
  return { change: { month: 2, date: localDate(time), leaverId: leader.id, mergedGroups: merged }, time };
}

function byTime(a: MailEvent, b: MailEvent): number {
  return a.time - b.time || (a.messageId < b.messageId ? -1 : 1);
}

/** Builds the in-memory model (used by `generateDemo` and by tests). */
export function buildDemoModel(options: ModelOptions): DemoModel {
  const cal = createCalendar(options.months);
  const org = buildOrg(stream(options.seed, 1), options.people, cal.start, cal.end);
  const planned = options.plantedChange ? planChange(org, cal) : undefined;
  const mail = createMailContext(stream(options.seed, 2), org, cal);
  generateWorkMail(mail);
  generateBroadcastMail(mail);
  generateCivicMail(mail);
  generateAutomatedMail(mail);
  const mails = mail.mails.filter((m) => m.time >= cal.start && m.time < cal.end).sort(byTime);
  const owner = chooseOwner(org);
  const chats = buildChats(stream(options.seed, 3), org, owner);
  const chat = createChatContext(
    stream(options.seed, 4),
    org,
    cal,
    chats,
    owner.id,
    planned?.change,
    planned?.time ?? Infinity,
  );
  generateChats(chat);
  const chatEvents = chat.events.filter(
    (e) => e.time < cal.end && (e.kind === 'service' || e.time >= cal.start),
  );
  const dlp = generateDlp(stream(options.seed, 5), org, cal, mails, chats, chatEvents);
  return {
    options,
    start: cal.start,
    end: cal.end,
    org,
    owner: owner.id,
    chats,
    mails,
    chatEvents,
    dlp,
    change: planned?.change,
  };
}
