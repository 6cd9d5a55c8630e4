/**
 * Organization builder
 *
 * Assembles the whole organization in a fixed order (structure, contacts, planted roles, groups,
 * projects, acquaintances, vacations) so the same seed always yields the same people.
 */
import type { Rng } from '../shared/rng.js';
import { assignContacts, assignSlack, DOMAIN, ensureTelegram } from './contacts.js';
import { buildGroups, buildProjects } from './groups.js';
import { buildStructure } from './org.js';
import {
  boostHubs,
  linkContacts,
  plantLeaders,
  plantNoisy,
  plantOrganizers,
  planVacations,
} from './roles.js';
import type { Org, Person } from './types.js';

/** Builds the organization of `total` staff for the period [start, end). */
export function buildOrg(rng: Rng, total: number, start: number, end: number): Org {
  const { people, departments } = buildStructure(rng, total);
  assignContacts(rng, people);
  const it = departments.find((d) => d.slug === 'it');
  if (it) assignSlack(people, it.id);
  boostHubs(people);
  const leaders = plantLeaders(rng, people, departments);
  const usedTg = new Set(people.flatMap((p) => (p.telegramId === undefined ? [] : [p.telegramId])));
  for (const l of leaders) ensureTelegram(rng, l, usedTg);
  plantNoisy(rng, people);
  const groups = buildGroups(rng, people, leaders);
  const union = groups.find((g) => g.id === 'g-union');
  const chair = people.find(
    (p) => p.hub === undefined && !p.isLeader && !p.isNoisy && p.rank === 'specialist',
  );
  if (union && chair) {
    chair.hub = 'union';
    chair.pull = 0.8;
    if (!union.members.includes(chair.id)) {
      union.members.unshift(chair.id);
      chair.groups.push(union.id);
    }
  }
  plantOrganizers(rng, people);
  const projects = buildProjects(rng, people);
  linkContacts(rng, people, [...groups.map((g) => g.members), ...projects.map((p) => p.members)]);
  planVacations(rng, people, start, end);
  const byId = new Map<string, Person>(people.map((p) => [p.id, p]));
  return { people, byId, departments, groups, projects, domain: DOMAIN };
}
