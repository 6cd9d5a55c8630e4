/**
 * Loading marker dictionaries
 *
 * `loadMarkers` reads the dictionaries shipped with Sociogram (`src/text/dictionaries/*.yaml`,
 * found from the package root so it works from `src/` and from `dist/`) and then the workspace's
 * own files (`<workspace>/markers/*.yaml|yml|json`, in name order), which override the defaults.
 * `writeDefaultMarkers` copies the defaults into a workspace for editing.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../shared/errors.js';
import type { MarkerFile } from './markers-schema.js';
import { mergeMarkerFiles } from './merge-markers.js';
import { parseMarkerFile } from './parse-marker-file.js';
import type { MarkerSet } from './types.js';

/** The workspace sub-folder holding the user's marker files. */
export const MARKERS_DIR = 'markers';

const EXTENSIONS = /\.(ya?ml|json)$/i;

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'text', 'dictionaries')))
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new InputError('text/markers: cannot find the shipped dictionaries (src/text/dictionaries)');
    dir = parent;
  }
}

/** Folder of the dictionaries shipped with the package. */
export function defaultDictionaryDir(): string {
  return join(findPackageRoot(), 'src', 'text', 'dictionaries');
}

function listMarkerFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => EXTENSIONS.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function readMarkerFile(path: string, label: string): { file: string; data: MarkerFile } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`text/markers: cannot read ${label}: ${(err as Error).message}`, { cause: err });
  }
  return { file: label, data: parseMarkerFile(text.replace(/^\uFEFF/, ''), label) };
}

/** A marker file held in memory: `file` is its label (`markers/<name>`), `data` the parsed file. */
export interface MarkerFileOverride {
  readonly file: string;
  readonly data: MarkerFile;
}

/**
 * Loads the default dictionaries merged with the workspace's `markers/` files.
 * A workspace file with `settings: { inheritDefaults: false }` drops the defaults altogether.
 * `override` stands in for the workspace file of the same label (or comes last), so unsaved edits can
 * be tried without writing them.
 * @example
 * const markers = loadMarkers('./my-workspace');
 * markers.topics.map((t) => t.id); // ['improvement', 'voting', …]
 */
export function loadMarkers(workspaceDir?: string, override?: MarkerFileOverride): MarkerSet {
  const defaults = listMarkerFiles(defaultDictionaryDir()).map((p) =>
    readMarkerFile(p, `defaults/${basename(p)}`),
  );
  const own: { file: string; data: MarkerFile }[] = [];
  if (workspaceDir !== undefined) {
    const dir = join(workspaceDir, MARKERS_DIR);
    if (existsSync(dir)) {
      for (const p of listMarkerFiles(dir)) {
        const label = `${MARKERS_DIR}/${basename(p)}`;
        if (label !== override?.file) own.push(readMarkerFile(p, label));
      }
    }
  }
  if (override) own.push(override);
  const inherit = own.every((f) => f.data.settings?.inheritDefaults !== false);
  return mergeMarkerFiles(inherit ? [...defaults, ...own] : own);
}

/**
 * Copies the shipped dictionaries into `<workspace>/markers/` (existing files are kept unless
 * `overwrite`); returns the paths written.
 */
export function writeDefaultMarkers(workspaceDir: string, options: { overwrite?: boolean } = {}): string[] {
  const dir = join(workspaceDir, MARKERS_DIR);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const src of listMarkerFiles(defaultDictionaryDir())) {
    const dest = join(dir, basename(src));
    if (existsSync(dest) && !options.overwrite) continue;
    copyFileSync(src, dest);
    written.push(dest);
  }
  return written;
}
