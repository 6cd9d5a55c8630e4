/**
 * Planted roles
 *
 * Chooses the ground truth: informal opinion leaders (mostly rank-and-file, a few deputy heads),
 * spread over departments, with *moderate* activity (between the 55th and 85th percentile, so they
 * are never the top senders) but a strong pull on others; and a few noisy chatters with the highest
 * chat activity and almost no pull. Formal hubs come from `org.ts` positions.
 */
import { randomInt, shuffle, type Rng } from '../shared/rng.js';
import type { Department, Person } from './types.js';

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function isEligibleLeader(p: Person): boolean {
  return (
    p.hub === undefined && (p.rank === 'specialist' || p.rank === 'deputy-head') && p.departmentId !== 'd01'
  );
}

/** Picks ~5% of staff as leaders: ~20% deputy heads, the rest specialists, at most 2 per department. */
export function plantLeaders(rng: Rng, people: Person[], departments: readonly Department[]): Person[] {
  const count = Math.max(3, Math.round(people.length * 0.05));
  const perDept = Math.max(2, Math.ceil((count * 1.5) / departments.length));
  const taken = new Map<string, number>();
  const leaders: Person[] = [];
  const take = (pool: Person[], n: number): void => {
    for (const p of shuffle(rng, pool)) {
      if (leaders.length >= n) break;
      const k = taken.get(p.departmentId) ?? 0;
      if (k >= perDept || p.isLeader) continue;
      taken.set(p.departmentId, k + 1);
      p.isLeader = true;
      leaders.push(p);
    }
  };
  const eligible = people.filter(isEligibleLeader);
  take(
    eligible.filter((p) => p.rank === 'deputy-head'),
    Math.round(count * 0.2),
  );
  take(
    eligible.filter((p) => p.rank === 'specialist'),
    count,
  );
  const mail = people.map((p) => p.mailActivity);
  const chat = people.map((p) => p.chatActivity);
  for (const p of leaders) {
    p.mailActivity = quantile(mail, 0.55 + 0.3 * rng());
    p.chatActivity = quantile(chat, 0.35 + 0.3 * rng());
    p.pull = 2.4 + 1.4 * rng();
  }
  return leaders;
}

/** Picks ~1.2% of staff as noisy chatters: very active in chats, little pull. */
export function plantNoisy(rng: Rng, people: Person[]): Person[] {
  const count = Math.max(2, Math.round(people.length * 0.012));
  const pool = people.filter(
    (p) => p.hub === undefined && !p.isLeader && p.rank === 'specialist' && p.telegramId !== undefined,
  );
  const noisy = shuffle(rng, pool).slice(0, count);
  for (const p of noisy) {
    p.isNoisy = true;
    p.chatActivity = 5 + 3 * rng();
    p.pull = 0.25 + 0.15 * rng();
  }
  return noisy;
}

/** Picks ~2% of staff as hobby organizers: group members whose invitations everyone answers. */
export function plantOrganizers(rng: Rng, people: Person[]): Person[] {
  const count = Math.max(2, Math.round(people.length * 0.02));
  const pool = people.filter(
    (p) =>
      p.hub === undefined && !p.isLeader && !p.isNoisy && p.groups.length > 0 && p.telegramId !== undefined,
  );
  const chosen = shuffle(rng, pool).slice(0, count);
  for (const p of chosen) {
    p.isOrganizer = true;
    p.pull = 2.2 + 1.2 * rng();
  }
  return chosen;
}

/** Formal hubs send more mail than their own activity suggests. */
export function boostHubs(people: Person[]): void {
  for (const p of people) {
    if (p.hub === 'chief' || p.hub === 'deputy') p.mailActivity = Math.max(p.mailActivity, 4);
    if (p.hub === 'head') p.mailActivity = Math.max(p.mailActivity, 2);
    if (p.hub !== undefined) p.pull = Math.min(p.pull, 1);
  }
}

/**
 * Links each person to acquaintances outside their department: co-members of groups and projects
 * plus a few random others; leaders know many more people.
 */
export function linkContacts(rng: Rng, people: Person[], circles: readonly (readonly string[])[]): void {
  const sets = new Map(people.map((p) => [p.id, new Set<string>()]));
  for (const circle of circles) {
    for (const a of circle) {
      const set = sets.get(a) as Set<string>;
      for (const b of circle) if (b !== a && rng() < 0.5) set.add(b);
    }
  }
  for (const p of people) {
    const set = sets.get(p.id) as Set<string>;
    const extra = p.isLeader ? 25 + randomInt(rng, 15) : 2 + randomInt(rng, 4);
    for (let i = 0; i < extra; i++) {
      const other = people[randomInt(rng, people.length)];
      if (other.id !== p.id) set.add(other.id);
    }
    p.contacts = [...set].filter((id) => id !== p.id);
    if (p.isLeader) p.followers = shuffle(rng, [...p.contacts]).slice(0, 12 + randomInt(rng, 9));
  }
}

/** About 6% of staff take a two-week vacation in the period; their mail gets auto-replies. */
export function planVacations(rng: Rng, people: Person[], start: number, end: number): void {
  for (const p of people) {
    if (p.rank === 'chief' || rng() >= 0.06) continue;
    const from = start + randomInt(rng, Math.max(1, end - start - 14 * 86_400_000));
    p.vacation = [from, from + 14 * 86_400_000];
  }
}
