// ESLint flat config: type-checked rules, named exports only, stage boundaries, no Math.random in src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Stages a folder may not import from (the dependency rule in docs/ARCHITECTURE.md). */
const FORBIDDEN = {
  shared: [
    'ingest',
    'identity',
    'privacy',
    'text',
    'store',
    'graph',
    'analysis',
    'campaign',
    'report',
    'server',
    'cli',
    'demo',
  ],
  graph: [
    'ingest',
    'identity',
    'privacy',
    'text',
    'store',
    'analysis',
    'campaign',
    'report',
    'server',
    'cli',
    'demo',
  ],
  text: ['ingest', 'identity', 'store', 'graph', 'analysis', 'campaign', 'report', 'server', 'cli', 'demo'],
  privacy: ['ingest', 'identity', 'text', 'graph', 'analysis', 'campaign', 'report', 'server', 'cli', 'demo'],
  store: ['ingest', 'identity', 'text', 'graph', 'analysis', 'campaign', 'report', 'server', 'cli', 'demo'],
  ingest: ['identity', 'graph', 'analysis', 'campaign', 'report', 'server', 'cli', 'demo'],
  identity: ['graph', 'analysis', 'campaign', 'report', 'server', 'cli', 'demo'],
  analysis: ['campaign', 'report', 'server', 'cli', 'demo'],
  campaign: ['report', 'server', 'cli', 'demo'],
  report: ['server', 'cli', 'demo'],
  server: ['cli', 'demo'],
};

const boundaryRules = Object.entries(FORBIDDEN).map(([stage, banned]) => ({
  files: [`src/${stage}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((b) => ({
            group: [`**/${b}/*`, `../${b}`, `../../${b}`],
            message: `${stage} may not import ${b} (see docs/ARCHITECTURE.md)`,
          })),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'web/dist/**',
      'coverage/**',
      'sociogram-demo/**',
      '.tmp/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Inject an rng (src/shared/rng.ts).' },
      ],
    },
  },
  {
    // The web dashboard runs in the browser: browser globals, and no Math.random there either.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Deterministic output: no Math.random.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  ...boundaryRules,
);
