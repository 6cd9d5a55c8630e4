/**
 * Network roles
 *
 * Names each person's position in the network: a Guimerà–Amaral class from within-module degree and
 * participation, overridden by broker, gatekeeper or isolate where those describe the person better.
 * Each role has a one-line plain-language meaning in Russian and English.
 *
 * References: Guimerà & Amaral (2005), Nature 433:895; Gould & Fernandez (1989) on brokerage roles.
 */
import { ROLE_NAMES } from '../graph/index.js';
import { percentileRanks } from './percentile.js';

export const ROLE_MEANINGS: Readonly<Record<string, { readonly en: string; readonly ru: string }>> = {
  'ultra-peripheral': {
    en: 'talks only within their own group',
    ru: 'общается только внутри своей группы',
  },
  peripheral: {
    en: 'mostly within their own group, a few outside ties',
    ru: 'в основном внутри своей группы, немного связей вовне',
  },
  'non-hub-connector': {
    en: 'spreads ties evenly across several groups',
    ru: 'связан с несколькими группами примерно поровну',
  },
  'non-hub-kinless': {
    en: 'ties scattered over many groups, no home group',
    ru: 'связи разбросаны по многим группам, своей группы нет',
  },
  'provincial-hub': { en: 'a hub of their own group', ru: 'центр своей группы' },
  'connector-hub': {
    en: 'a hub that links their group with others',
    ru: 'центр своей группы, связывающий её с другими',
  },
  'kinless-hub': {
    en: 'a hub tied to many groups at once',
    ru: 'центр, связанный сразу со многими группами',
  },
  broker: {
    en: 'lies on many paths between groups: information passes through them',
    ru: 'через него проходят многие пути между группами: информация идёт через него',
  },
  gatekeeper: {
    en: 'the main way into and out of their group',
    ru: 'главный канал связи своей группы с остальными',
  },
  isolate: { en: 'no ties in the data', ru: 'в данных нет связей' },
};

export interface RoleInput {
  readonly gaRole: Int8Array;
  readonly participation: Float64Array;
  readonly betweenness: Float64Array;
  readonly contacts: Float64Array;
}

/** One role name per person. */
export function assignRoles(input: RoleInput): string[] {
  const bPct = percentileRanks(input.betweenness);
  return Array.from(input.gaRole, (ga, i) => {
    if (input.contacts[i] === 0) return 'isolate';
    const p = input.participation[i];
    const hasBetweenness = input.betweenness[i] > 0;
    if (hasBetweenness && bPct[i] >= 90 && p >= 0.5) return 'broker';
    if (hasBetweenness && bPct[i] >= 80 && p > 0 && p < 0.3) return 'gatekeeper';
    return ROLE_NAMES[ga] ?? 'peripheral';
  });
}
