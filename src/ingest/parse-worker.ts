/**
 * Mail parser worker
 *
 * Worker-thread entry for `parse-pool`: receives batches of raw mail, answers with parsed items in
 * the same order. Any unexpected exception in one message becomes a skipped record for it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseMailSafe } from './mime/parse-mail.js';
import type { IngestLimits, RawMail } from './types.js';

const { limits } = workerData as { limits: IngestLimits };

parentPort?.on('message', (raws: RawMail[]) => {
  // Buffers arrive as plain Uint8Arrays: view them as Buffers without copying.
  const items = raws.map((r) =>
    parseMailSafe({ ...r, raw: Buffer.from(r.raw.buffer, r.raw.byteOffset, r.raw.length) }, limits),
  );
  parentPort?.postMessage(items);
});
