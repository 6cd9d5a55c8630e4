/**
 * Attachment bytes
 *
 * Small fake files with the right magic numbers (PDF, ZIP-based Office, JPEG) followed by seeded
 * random bytes, so attachments look like their type to a sniffer without weighing anything.
 */
import { randomInt, type Rng } from '../shared/rng.js';

const MAGIC: Readonly<Record<string, readonly number[]>> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a],
  docx: [0x50, 0x4b, 0x03, 0x04],
  xlsx: [0x50, 0x4b, 0x03, 0x04],
  pptx: [0x50, 0x4b, 0x03, 0x04],
  jpg: [0xff, 0xd8, 0xff, 0xe0],
};

/** `size` bytes starting with the magic number of the file's extension. */
export function attachmentBytes(rng: Rng, filename: string, size: number): Buffer {
  const ext = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase();
  const bytes = Buffer.alloc(size);
  const magic = MAGIC[ext] ?? [];
  for (let i = 0; i < size; i++) bytes[i] = i < magic.length ? magic[i] : randomInt(rng, 256);
  return bytes;
}
