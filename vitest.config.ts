import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

// vitest looks for a default export; this is the one allowed exception to named-exports-only.
// eslint-disable-next-line no-restricted-syntax
export default config;
