/**
 * One feature record per message in a batch
 *
 * A batch can hold two copies of one message (the same Message-ID twice in a mailbox): both backends
 * keep the features of the first copy, so the answer does not depend on which backend, or which
 * insert order inside it, resolved the duplicate. Across batches the first stored copy wins as well
 * (DuckDB: `INSERT OR IGNORE`; ClickHouse: the earliest version).
 */
import type { MessageFeatures } from './types.js';

export function firstFeaturesPerMessage(features: readonly MessageFeatures[]): MessageFeatures[] {
  const seen = new Set<string>();
  const out: MessageFeatures[] = [];
  for (const f of features) {
    if (seen.has(f.messageKey)) continue;
    seen.add(f.messageKey);
    out.push(f);
  }
  return out;
}
