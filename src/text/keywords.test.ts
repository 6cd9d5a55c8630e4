import { describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { keywords } from './keywords.js';

const GROUP = [
  'Завтра субботник в парке, приходите на субботник!',
  'Субботник прошёл отлично, убрали весь мусор в парке',
  'Спасибо всем за субботники и уборку парка',
  'Ремонт дорог идёт медленно',
  'Субботником довольны, вывоз мусора организовали',
];
const REST = [
  'Ремонт дорог на Ленина начнётся в мае',
  'Когда закончится ремонт дорог?',
  'Дороги в ужасном состоянии',
  'Обед в 13:00',
  'Ремонт дорог опять перенесли',
  'Парк закрыт',
];

describe('keywords (Fightin’ Words)', () => {
  it('ranks what the group says more than the rest, folding word forms into one term', () => {
    const k = keywords(GROUP, REST, { top: 5 });
    expect(k[0]).toMatchObject({
      term: 'субботник',
      display: 'субботник',
      kind: 'word',
      groupCount: 5,
      restCount: 0,
    });
    expect(k.map((x) => x.display)).toContain('мусор');
    expect(k.map((x) => x.term)).not.toContain('ремонт');
    for (let i = 1; i < k.length; i++) expect(k[i].z).toBeLessThanOrEqual(k[i - 1].z);
  });

  it('finds bigrams and shows their most frequent surface form', () => {
    const k = keywords(REST, GROUP, { top: 10 });
    const bigram = k.find((x) => x.kind === 'bigram');
    expect(bigram).toMatchObject({ display: 'ремонт дорог', groupCount: 3, restCount: 1 });
  });

  it('matches a hand computation of the log-odds z-score', () => {
    // Group: "a a b", rest: "b b c" → for "a": yi = 2, yj = 0, n_i = n_j = 3, N = 6, α0 = 0.6, αa = 0.2.
    const [a] = keywords([['aa', 'aa', 'bb']], [['bb', 'bb', 'cc']], { top: 1, minCount: 1 });
    const delta = Math.log(2.2 / (3 + 0.6 - 2.2)) - Math.log(0.2 / (3 + 0.6 - 0.2));
    expect(a.delta).toBeCloseTo(delta, 3);
    expect(a.z).toBeCloseTo(delta / Math.sqrt(1 / 2.2 + 1 / 0.2), 3);
  });

  it('accepts pre-tokenized documents and rejects bad options', () => {
    expect(keywords([['дорога', 'дороги', 'дорогу']], [['парк']], { minCount: 1 })[0].term).toBe('дорог');
    expect(() => keywords(GROUP, REST, { top: 0 })).toThrow(InputError);
    expect(keywords([], REST)).toEqual([]);
  });
});
