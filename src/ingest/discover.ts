/**
 * Source discovery
 *
 * Turns the paths a user gives into sources: a file is one source in its detected format; a folder
 * or .zip archive is walked, and its files are grouped — a Slack export or a Maildir/.eml folder is
 * one source, every other file its own source. Detection reads only a bounded head of each file.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { InputError, SourceFormatError } from '../shared/errors.js';
import type { Diagnostics } from '../shared/diagnostics.js';
import { createFileSource } from './input/byte-source.js';
import { fingerprintFile, fingerprintTree } from './input/fingerprint.js';
import { extractZip, isZipHead } from './input/zip.js';
import { adapterByName, detectFileFormat, isSingleMailProbe } from './registry.js';
import type { AdapterName, ByteSource, IngestLimits, Probe, SourceAdapter, SourceUnit } from './types.js';

export interface Discovery {
  readonly units: SourceUnit[];
  /** Temporary folders (extracted archives) to remove when the run ends. */
  readonly tempDirs: string[];
}

interface Entry {
  readonly abs: string;
  readonly rel: string;
  readonly display: string;
  readonly size: number;
}

const PROBE_BYTES = 64 * 1024;
const IGNORED =
  /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\.[^/]*)$|\.(jpe?g|png|gif|webp|heic|mp4|mov|avi|mp3|ogg|oga|opus|m4a|wav|pdf|docx?|xlsx?|pptx?|tgs|webm|html?|css|js)$/i;

async function probeOf(src: ByteSource): Promise<Probe> {
  const head = await src.head(PROBE_BYTES);
  return { path: src.path, head, text: head.toString('utf8') };
}

function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const st = statSync(abs);
      if (st.isDirectory()) visit(abs);
      else if (st.isFile()) out.push(abs);
    }
  };
  visit(root);
  return out;
}

function entriesOf(root: string, display: string): Entry[] {
  return walk(root)
    .map((abs) => {
      const rel = relative(root, abs).split(sep).join('/');
      return { abs, rel, display: `${display}/${rel}`, size: statSync(abs).size };
    })
    .filter((e) => !IGNORED.test(e.rel));
}

function treeUnit(adapter: SourceAdapter, display: string, entries: readonly Entry[]): SourceUnit {
  return {
    adapter,
    input: { path: display, files: entries.map((e) => createFileSource(e.abs, e.display)) },
    fingerprint: fingerprintTree(adapter.name, entries),
    bytes: entries.reduce((s, e) => s + e.size, 0),
  };
}

function fileUnit(adapter: SourceAdapter, e: Entry): SourceUnit {
  return {
    adapter,
    input: { path: e.display, files: [createFileSource(e.abs, e.display)] },
    fingerprint: fingerprintFile(e.abs),
    bytes: e.size,
  };
}

/** Groups a walked folder into units: Slack export, mail-file folder, and per-file sources. */
async function classifyTree(
  display: string,
  entries: readonly Entry[],
  format: 'auto' | AdapterName,
  diagnostics: Diagnostics,
): Promise<SourceUnit[]> {
  if (format !== 'auto' && adapterByName(format).input === 'tree')
    return [treeUnit(adapterByName(format), display, entries)];
  const slackRoot = entries.find(
    (e) => basename(e.rel) === 'channels.json' || basename(e.rel) === 'users.json',
  );
  if (format === 'auto' && slackRoot && entries.some((e) => /\/\d{4}-\d{2}-\d{2}\.json$/.test('/' + e.rel))) {
    return [treeUnit(adapterByName('slack'), display, entries)];
  }
  const units: SourceUnit[] = [];
  const mailFiles: Entry[] = [];
  for (const e of entries) {
    const probe = await probeOf(createFileSource(e.abs, e.display));
    if (format === 'auto' && isSingleMailProbe(probe)) {
      mailFiles.push(e);
      continue;
    }
    const adapter = format === 'auto' ? detectFileFormat(probe) : adapterByName(format);
    if (!adapter) {
      diagnostics.report('unknown-format', { file: e.display }, 'not a format Sociogram reads; skipped');
      continue;
    }
    units.push(fileUnit(adapter, e));
  }
  if (mailFiles.length) {
    const isMaildir = mailFiles.some((e) => /(^|\/)(cur|new)\//.test(e.rel) || !/\.eml$/i.test(e.rel));
    units.unshift(treeUnit(adapterByName(isMaildir ? 'maildir' : 'eml'), display, mailFiles));
  }
  return units;
}

/** Resolves user paths into source units (archives are extracted to temporary folders). */
export async function discoverSources(
  paths: readonly string[],
  format: 'auto' | AdapterName,
  limits: IngestLimits,
  diagnostics: Diagnostics,
): Promise<Discovery> {
  const units: SourceUnit[] = [];
  const tempDirs: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`ingest/discover: no such file or folder: ${p}`);
    }
    const display = p.replace(/\/+$/, '');
    if (st.isDirectory()) {
      units.push(...(await classifyTree(display, entriesOf(p, display), format, diagnostics)));
      continue;
    }
    const src = createFileSource(p, display);
    const probe = await probeOf(src);
    if (isZipHead(probe.head) && format !== 'pst') {
      try {
        const arc = await extractZip(p, display, limits);
        tempDirs.push(arc.dir);
        units.push(
          ...(await classifyTree(`${display}!`, entriesOf(arc.dir, `${display}!`), format, diagnostics)),
        );
      } catch (err) {
        if (!(err instanceof SourceFormatError)) throw err;
        diagnostics.report(String(err.code).toLowerCase().replace(/_/g, '-'), err.position, err.message);
      }
      continue;
    }
    const entry: Entry = { abs: p, rel: basename(p), display, size: st.size };
    if (format !== 'auto') {
      const a = adapterByName(format);
      units.push(a.input === 'tree' ? treeUnit(a, display, [entry]) : fileUnit(a, entry));
      continue;
    }
    const adapter = isSingleMailProbe(probe) ? adapterByName('eml') : detectFileFormat(probe);
    if (!adapter)
      throw new InputError(`ingest/discover: cannot tell the format of ${display}; pass --format`);
    units.push(adapter.input === 'tree' ? treeUnit(adapter, display, [entry]) : fileUnit(adapter, entry));
  }
  return { units, tempDirs };
}
