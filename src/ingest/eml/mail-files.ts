/**
 * Mail-file trees
 *
 * The shared reader behind the `eml` and `maildir` adapters: every file of the tree is one RFC 5322
 * message, read in sorted path order and handed on as raw mail. Seekable by file index, so a resumed
 * run starts at the first file not yet committed.
 */
import type { AdapterContext, AdapterInput, AdapterItem, ResumePoint } from '../types.js';

/** Reads each file of `input` as one message. */
export async function* readMailFiles(
  input: AdapterInput,
  ctx: AdapterContext,
  resume: ResumePoint,
  conversationOf: (path: string) => string | undefined,
): AsyncGenerator<AdapterItem> {
  for (let i = resume.position; i < input.files.length; i++) {
    const file = input.files[i];
    if (!file) continue;
    const source = { file: file.path };
    let raw: Buffer;
    try {
      raw = await file.readAll(ctx.limits.maxMessageBytes);
    } catch (err) {
      const detail = (err as Error).message;
      yield { kind: 'skip', source, reason: 'oversized-message', detail, resume: i + 1 };
      continue;
    }
    if (raw.length === 0) {
      yield { kind: 'skip', source, reason: 'empty-file', detail: 'file is empty', resume: i + 1 };
      continue;
    }
    const conversation = conversationOf(file.path);
    yield { kind: 'mail', raw, source, resume: i + 1, ...(conversation ? { conversation } : {}) };
  }
}
