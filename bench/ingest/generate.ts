/**
 * Benchmark input generators
 *
 * Writes a synthetic mbox (Russian and English mail, QP/base64 bodies, replies, some attachments)
 * and a DLP-style CSV log of a given size, streaming, with a fixed seed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRng, randomInt, type Rng } from '../../src/shared/rng.js';

const WORDS =
  'совещание отчёт бюджет проект город жители дорога школа ремонт встреча план report budget meeting project city road school'.split(
    ' ',
  );

function sentence(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[randomInt(rng, WORDS.length)]);
  return out.join(' ');
}

function mail(rng: Rng, i: number): string {
  const from = `user${randomInt(rng, 2000)}@ozersk.ru`;
  const to = `user${randomInt(rng, 2000)}@ozersk.ru`;
  const body = Array.from({ length: 3 + randomInt(rng, 20) }, () =>
    sentence(rng, 8 + randomInt(rng, 8)),
  ).join('\n');
  const b64 = i % 3 === 0;
  const encoded = b64 ? Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\n') : body;
  const attach =
    i % 10 === 0
      ? `\n--b${i}\nContent-Type: application/pdf; name="a.pdf"\nContent-Transfer-Encoding: base64\n\n${Buffer.alloc(
          3000,
          i % 251,
        )
          .toString('base64')
          .replace(/.{76}/g, '$&\n')}\n`
      : '';
  return [
    `From ${from} Mon Jan  6 10:00:00 2025`,
    `From: Сотрудник ${i % 2000} <${from}>`,
    `To: ${to}`,
    `Subject: =?utf-8?B?${Buffer.from(`Тема ${i}`).toString('base64')}?=`,
    `Date: Mon, 6 Jan 2025 ${String(i % 24).padStart(2, '0')}:00:00 +0300`,
    `Message-ID: <m${i}@ozersk.ru>`,
    ...(i % 2 ? [`In-Reply-To: <m${i - 1}@ozersk.ru>`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="b${i}"`,
    '',
    `--b${i}`,
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${b64 ? 'base64' : '8bit'}`,
    '',
    encoded,
    attach,
    `--b${i}--`,
    '',
    '',
  ].join('\n');
}

async function writeUntil(file: string, bytes: number, next: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const chunk = next(i);
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Writes an mbox of about `bytes` bytes. */
export function writeMbox(file: string, bytes: number): Promise<void> {
  const rng = createRng(1);
  return writeUntil(file, bytes, (i) => mail(rng, i));
}

/** Writes a DLP CSV log of about `bytes` bytes. */
export function writeCsv(file: string, bytes: number): Promise<void> {
  const rng = createRng(2);
  return writeUntil(file, bytes, (i) => {
    const head =
      i === 0 ? 'timestamp,event_id,user,channel,action,recipients,subject,attachments,size\n' : '';
    const rc = Array.from(
      { length: 1 + randomInt(rng, 3) },
      () => `user${randomInt(rng, 2000)}@ozersk.ru`,
    ).join(';');
    const t = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
    return `${head}${t},e${i},user${randomInt(rng, 2000)}@ozersk.ru,email,send,${rc},"${sentence(rng, 4)}",${randomInt(rng, 3)},${randomInt(rng, 100000)}\n`;
  });
}
