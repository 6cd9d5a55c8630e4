import { describe, expect, it } from 'vitest';
import { privacyConfigSchema } from '../shared/config.js';
import { createDirectory } from './directory.js';
import { presentValue } from './present-output.js';

describe('keywords in a pseudonymous output', () => {
  const directory = createDirectory(
    [{ id: 'p1', name: 'Ковальская Алина Денисовна', kind: 'staff' }],
    [
      { identifier: 'email:a.kovalskaya@ozersk.ru', personId: 'p1', method: 'directory' },
      { identifier: 'name:alina kovalskaya', personId: 'p1', method: 'name-match' },
    ],
  );
  const deps = {
    config: privacyConfigSchema.parse({}),
    pseudonym: () => 'P-00000000',
    isOptedOut: () => false,
  };

  it('drops a keyword phrase when any of its words names a person, in either script', () => {
    const out = presentValue(
      deps,
      { keywords: ['субботник', 'алина', 'alina', 'alina kovalskaya', 'спасибо алина', 'двор'] },
      { directory, identified: false },
    );
    expect(out.data.keywords).toEqual(['субботник', 'двор']);
  });

  it('keeps them when the output is identified', () => {
    const out = presentValue(deps, { keywords: ['alina kovalskaya'] }, { directory, identified: true });
    expect(out.data.keywords).toEqual(['alina kovalskaya']);
  });
});
