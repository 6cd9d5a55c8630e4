/**
 * Ingest child process
 *
 * A minimal script entry that ingests paths into a DuckDB file and reports each committed batch on
 * stdout (`progress <n>`), then `done <json summary>`. The kill-and-resume test spawns it with tsx,
 * kills it with SIGKILL at random points and runs it again; it is not the user-facing CLI.
 *
 * Usage: node --import tsx src/ingest/ingest-child.ts <db-file> <batch-size> <mapping-json|-> <path>...
 * The environment variable CSV_PART_BYTES sets the part size of one-pass CSV loads.
 */
import { Diagnostics } from '../shared/diagnostics.js';
import { openDuckDbStore } from '../store/index.js';
import { validateCsvMapping } from './csv/mapping.js';
import { ingestPaths } from './pipeline.js';

async function main(argv: readonly string[]): Promise<void> {
  const [db, batch, mapping, ...paths] = argv;
  if (!db || !batch || !mapping || paths.length === 0) {
    process.stderr.write('usage: ingest-child <db-file> <batch-size> <mapping-json|-> <path>...\n');
    process.exitCode = 2;
    return;
  }
  const store = await openDuckDbStore(db);
  let commits = 0;
  try {
    const summary = await ingestPaths(store, paths, {
      format: 'auto',
      diagnostics: new Diagnostics(),
      retainText: true,
      batchSize: Number(batch),
      bulkCsvPartBytes: process.env.CSV_PART_BYTES ? Number(process.env.CSV_PART_BYTES) : undefined,
      csvMapping: mapping === '-' ? undefined : validateCsvMapping(JSON.parse(mapping)),
      progress: {
        start() {},
        update() {
          process.stdout.write(`progress ${++commits}\n`);
        },
        stop() {},
      },
    });
    process.stdout.write(`done ${JSON.stringify(summary)}\n`);
  } finally {
    await store.close();
  }
}

await main(process.argv.slice(2));
