/**
 * Demo nomination survey
 *
 * An optional `survey.csv`: a sample of staff answered two questions ("whom do you ask for advice?",
 * "whom would you tell news first?"), each naming 1–3 colleagues. Answers lean towards the planted
 * leaders the respondent follows or shares a group with, then their own contacts and manager, with
 * some answers at random. Written the way people fill in forms: full names, "Фамилия И.О.", first
 * name and surname, an e-mail or @handle now and then; a few names are misspelt, a few name nobody
 * in the organization, some cells are empty and some rows are sent twice.
 *
 * Notes:
 * - Drawn from its own seeded stream, so turning the survey on changes no other demo file.
 */
import { createRng, pick, randomInt, type Rng } from '../shared/rng.js';
import { csvField } from './csv-writer.js';
import type { DemoModel, Person, PersonId } from './types.js';

export const SURVEY_QUESTIONS = [
  'Кого вы спрашиваете о совете по работе?',
  'Кому бы вы первым рассказали важную новость?',
] as const;

/** Share of staff who answered. */
const RESPONSE_RATE = 0.35;
const NOISE = { misspelt: 0.05, stranger: 0.02, emptyAnswer: 0.02, repeatedRow: 0.02, random: 0.1 };
const STRANGERS = ['Пупкин Василий', 'Сергеева Ольга', 'Кузнецов А.', 'Маша из бухгалтерии'];

function surveyRng(seed: number): Rng {
  return createRng((Math.imul(seed >>> 0, 0x2c1b3c6d) ^ 0x73757276) >>> 0);
}

/** Candidate nominees of a respondent with their weights. */
function candidates(r: Person, model: DemoModel): Map<PersonId, number> {
  const w = new Map<PersonId, number>();
  const add = (id: PersonId | undefined, v: number) => {
    if (id && id !== r.id) w.set(id, (w.get(id) ?? 0) + v);
  };
  const groups = new Set(r.groups);
  for (const p of model.org.people) {
    if (!p.isLeader) continue;
    if (p.followers.includes(r.id)) add(p.id, 8);
    if (p.groups.some((g) => groups.has(g))) add(p.id, 3);
    if (p.departmentId === r.departmentId) add(p.id, 2);
  }
  for (const c of r.contacts) add(c, 1);
  add(r.managerId, 2);
  return w;
}

function weightedPick(rng: Rng, w: Map<PersonId, number>): PersonId | undefined {
  const total = [...w.values()].reduce((s, v) => s + v, 0);
  let x = rng() * total;
  for (const [id, v] of w) {
    x -= v;
    if (x < 0) return id;
  }
  return undefined;
}

/** Swaps two neighbouring letters of the surname (a typo no name index can fix). */
function misspell(rng: Rng, p: Person): string {
  const s = [...p.surname];
  const i = 1 + randomInt(rng, Math.max(1, s.length - 2));
  [s[i], s[i + 1]] = [s[i + 1] ?? s[i], s[i]];
  return `${s.join('')} ${p.firstName}`;
}

function written(rng: Rng, p: Person): string {
  const x = rng();
  if (x < NOISE.misspelt) return misspell(rng, p);
  if (x < 0.45) return `${p.surname} ${p.firstName}`;
  if (x < 0.7) return `${p.surname} ${p.firstName[0]}.${p.patronymic[0]}.`;
  if (x < 0.85) return `${p.surname} ${p.firstName} ${p.patronymic}`;
  if (x < 0.93 || !p.handle) return p.email;
  return `@${p.handle}`;
}

function answer(rng: Rng, r: Person, model: DemoModel): string[] {
  const pool = candidates(r, model);
  const n = 1 + randomInt(rng, 3);
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    if (rng() < NOISE.stranger) {
      names.push(pick(rng, STRANGERS));
      continue;
    }
    const id = rng() < NOISE.random || !pool.size ? pick(rng, model.org.people).id : weightedPick(rng, pool);
    const p = id === undefined ? undefined : model.org.byId.get(id);
    if (!p || p.id === r.id) continue;
    pool.delete(p.id);
    names.push(written(rng, p));
  }
  return names;
}

/** Renders the survey as CSV: respondent, question, nominee (one row per answer). */
export function renderSurvey(model: DemoModel): string {
  const rng = surveyRng(model.options.seed);
  const lines = ['respondent,question,nominee'];
  for (const r of model.org.people) {
    if (rng() >= RESPONSE_RATE) continue;
    const respondent = rng() < 0.6 ? `${r.surname} ${r.firstName} ${r.patronymic}` : r.email;
    for (const q of SURVEY_QUESTIONS) {
      const names = rng() < NOISE.emptyAnswer ? [''] : answer(rng, r, model);
      for (const name of names) {
        const line = [respondent, q, name].map(csvField).join(',');
        lines.push(line);
        if (rng() < NOISE.repeatedRow) lines.push(line);
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}
