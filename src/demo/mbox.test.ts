// The mbox parsed by an independent parser: Python's standard `mailbox` and `email` modules.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, type DemoManifest } from './index.js';

const PYTHON = '/usr/bin/python3';
const hasPython = existsSync(PYTHON);

// Reads every message, decodes Subject (RFC 2047) and the text/plain body with its declared charset.
const SCRIPT = `
import json, mailbox, sys
from email.header import decode_header, make_header
out = {"count": 0, "charsets": {}, "transfers": {}, "undecodable": 0, "cyrSubjects": 0, "samples": {},
       "auto": 0, "bounces": 0, "attachments": 0, "replies": 0, "fromQuoted": 0, "fwd": 0}
for msg in mailbox.mbox(sys.argv[1]):
    out["count"] += 1
    subject = str(make_header(decode_header(msg["Subject"] or "")))
    if any("\\u0400" <= c <= "\\u04ff" for c in subject):
        out["cyrSubjects"] += 1
    if msg["Auto-Submitted"] == "auto-replied" and msg.get_content_type() == "text/plain":
        out["auto"] += 1
    if msg.get_content_type() == "multipart/report":
        out["bounces"] += 1
    if msg["In-Reply-To"]:
        out["replies"] += 1
    if subject.startswith(("Fwd:", "FW:", "Пересл.:")):
        out["fwd"] += 1
    for part in msg.walk():
        if part.get_filename():
            out["attachments"] += 1
    part = next(p for p in msg.walk() if p.get_content_type() == "text/plain")
    cs = part.get_content_charset() or "us-ascii"
    te = (part["Content-Transfer-Encoding"] or "7bit").lower()
    out["charsets"][cs] = out["charsets"].get(cs, 0) + 1
    out["transfers"][te] = out["transfers"].get(te, 0) + 1
    try:
        text = part.get_payload(decode=True).decode(cs)
    except Exception:
        out["undecodable"] += 1
        continue
    if ">From ozersk-mail01" in text or "From ozersk-mail01" in text:
        out["fromQuoted"] += 1
    if cs in ("windows-1251", "koi8-r") and cs not in out["samples"]:
        out["samples"][cs] = {"subject": subject, "text": text[:300]}
print(json.dumps(out, ensure_ascii=False))
`;

interface PyResult {
  count: number;
  charsets: Record<string, number>;
  transfers: Record<string, number>;
  undecodable: number;
  cyrSubjects: number;
  samples: Record<string, { subject: string; text: string }>;
  auto: number;
  bounces: number;
  attachments: number;
  replies: number;
  fromQuoted: number;
  fwd: number;
}

let root: string;
let manifest: DemoManifest;
let py: PyResult;

const SKIP = hasPython ? '' : ' (skipped: /usr/bin/python3 not found)';

describe.skipIf(!hasPython)(`mbox read by Python mailbox/email${SKIP}`, () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sociogram-mbox-'));
    manifest = await generateDemo({ outDir: root, people: 120, seed: 11 });
    const json = execFileSync(PYTHON, ['-c', SCRIPT, manifest.files.mbox], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    py = JSON.parse(json) as PyResult;
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds exactly the messages written', () => {
    expect(py.count).toBe(manifest.counts.emails);
  });

  it('decodes Cyrillic RFC 2047 subjects', () => {
    expect(py.cyrSubjects / py.count).toBeGreaterThan(0.9);
  });

  it('decodes every text body with its declared charset, legacy ones included', () => {
    expect(py.undecodable).toBe(0);
    expect(py.charsets['windows-1251']).toBeGreaterThan(10);
    expect(py.charsets['koi8-r']).toBeGreaterThan(5);
    for (const cs of ['windows-1251', 'koi8-r']) {
      const sample = py.samples[cs];
      expect(sample?.text).toMatch(/[а-яё]{4,}/i);
      expect(sample?.subject).toMatch(/[а-яё]{3,}/i);
    }
    expect(Object.keys(py.transfers)).toEqual(expect.arrayContaining(['8bit', 'base64', 'quoted-printable']));
  });

  it('holds threads, forwards, attachments, auto-replies and delivery reports', () => {
    expect(py.replies).toBeGreaterThan(py.count * 0.25);
    expect(py.fwd).toBeGreaterThan(10);
    expect(py.attachments).toBeGreaterThan(50);
    expect(py.auto).toBeGreaterThan(0);
    expect(py.bounces).toBeGreaterThan(0);
  });

  it('keeps body lines starting with "From " inside their message (mboxrd quoting)', () => {
    expect(py.fromQuoted).toBeGreaterThan(0);
  });
});
