/**
 * DuckDB store against the shared store contract.
 */
import { afterAll } from 'vitest';
import { join } from 'node:path';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { openDuckDbStore } from './duckdb-store.js';
import { describeStoreContract } from './store-contract.js';

afterAll(cleanupTempDirs);

describeStoreContract('duckdb', {
  async create() {
    const file = join(makeTempDir(), 'contract.duckdb');
    return { store: await openDuckDbStore(file), reopen: () => openDuckDbStore(file) };
  },
});
