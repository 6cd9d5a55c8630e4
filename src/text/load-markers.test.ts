import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { createFeatureExtractor } from './feature-extractor.js';
import { loadMarkers, writeDefaultMarkers } from './load-markers.js';
import { MARKERS_INVALID, parseMarkerFile } from './parse-marker-file.js';

const dirs: string[] = [];
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sociogram-markers-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'markers'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'markers', name), text);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('loadMarkers', () => {
  it('lets an in-memory file stand in for the workspace file of the same name', () => {
    const dir = workspace({ 'edits.yaml': 'topics:\n  - id: snow\n    stems: [снег*]\n' });
    const data = parseMarkerFile('topics:\n  - id: ice\n    stems: [лёд]\n', 'markers/edits.yaml');
    const ids = loadMarkers(dir, { file: 'markers/edits.yaml', data }).topics.map((t) => t.id);
    expect(ids).toContain('ice');
    expect(ids).not.toContain('snow');
    const added = loadMarkers(dir, { file: 'markers/zz.yaml', data }).topics.map((t) => t.id);
    expect(added).toEqual(expect.arrayContaining(['snow', 'ice']));
  });

  it('ships the civic topics, off-topic classes, targets and bilingual names', () => {
    const m = loadMarkers();
    const ids = m.topics.map((t) => t.id);
    for (const id of [
      'improvement',
      'voting',
      'volunteering',
      'housing',
      'roads',
      'ecology',
      'education',
      'health',
      'sport',
      'culture',
      'safety',
      'complaints',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids.filter((id) => id.startsWith('offtopic-')).length).toBeGreaterThanOrEqual(3);
    expect(m.targets.map((t) => t.id)).toEqual(expect.arrayContaining(['administration', 'head']));
    for (const t of m.topics) expect(t.name.ru).not.toBe(t.name.en);
    expect(m.sentiment.words.size).toBeGreaterThan(300);
  });

  it('lets a workspace replace, extend, disable and add topics and targets', () => {
    const dir = workspace({
      'a.yaml': [
        'topics:',
        '  - { id: roads, extend: true, stems: [гололед*] }',
        '  - { id: sport, enabled: false }',
        '  - id: project-park',
        '    name: { ru: Проект «Парк», en: Park project }',
        '    phrases: [{ text: парк победы, maxGap: 0 }]',
        'targets:',
        '  - { id: park-project, name: { ru: Парк Победы, en: Victory park }, phrases: [парк победы] }',
      ].join('\n'),
      'b.json': JSON.stringify({ sentiment: { words: { гололед: -2 } } }),
    });
    const m = loadMarkers(dir);
    expect(m.topics.find((t) => t.id === 'sport')).toBeUndefined();
    expect(m.files).toContain('markers/a.yaml');
    const extract = createFeatureExtractor(m);
    const f = extract('На дорогах гололёд. Парк Победы прекрасен!');
    expect(f.topics.roads).toBe(2);
    expect(f.topics['project-park']).toBe(1);
    expect(f.stance['park-project']?.score).toBeGreaterThan(0);
    expect(extract('Гололед').sentiment).toBeLessThan(0);
    expect(extract('Парк у Победы').topics['project-park']).toBeUndefined();
  });

  it('drops the defaults when asked', () => {
    const dir = workspace({
      'only.yaml': 'settings: { inheritDefaults: false }\ntopics:\n  - { id: x, stems: [икс] }\n',
    });
    expect(loadMarkers(dir).topics.map((t) => t.id)).toEqual(['x']);
  });

  it('copies the defaults into a workspace, where they load unchanged', () => {
    const dir = workspace({});
    const written = writeDefaultMarkers(dir);
    expect(written.length).toBe(readdirSync(join(dir, 'markers')).length);
    expect(writeDefaultMarkers(dir)).toEqual([]);
    expect(loadMarkers(dir).topics.map((t) => t.id)).toEqual(loadMarkers().topics.map((t) => t.id));
  });
});

describe('marker file validation', () => {
  it('names the file, line and field of a schema error', () => {
    const dir = workspace({ 'bad.yaml': 'topics:\n  - id: roads\n    stems:\n      - дорога\n      - 42\n' });
    const err = errorOf(() => loadMarkers(dir));
    expect(err.code).toBe(MARKERS_INVALID);
    expect(err.message).toContain('markers/bad.yaml:5');
    expect(err.message).toContain('topics[0].stems[1]');
  });

  it('reports YAML syntax errors with a line', () => {
    const err = errorOf(() => parseMarkerFile('topics:\n  - id: roads\n   stems: [a\n', 'x.yaml'));
    expect(err.code).toBe(MARKERS_INVALID);
    expect(err.message).toMatch(/x\.yaml:\d+/);
  });

  it('rejects catastrophic and invalid regular expressions, several words as a stem, bad ids', () => {
    for (const bad of [
      'topics:\n  - { id: a, regex: ["(а+)+б"] }',
      'topics:\n  - { id: a, regex: ["(x|xy)*z"] }',
      'topics:\n  - { id: a, regex: ["(a)\\\\1"] }',
      'topics:\n  - { id: a, regex: ["[unclosed"] }',
      'topics:\n  - { id: a, stems: ["две слова"] }',
      'topics:\n  - { id: "Не ASCII" }',
      'topics:\n  - { id: a }\n  - { id: a }',
      'unknown: 1',
    ]) {
      expect(errorOf(() => parseMarkerFile(bad, 'x.yaml')).code).toBe(MARKERS_INVALID);
    }
    expect(
      parseMarkerFile(
        'topics:\n  - { id: a, regex: ["ул\\\\.\\\\s*ленина", "(?:д|дом)\\\\s?\\\\d+"] }',
        'x.yaml',
      ).topics,
    ).toHaveLength(1);
  });

  it('runs accepted regexes on lower-case, ё-folded text and counts each match', () => {
    const m = loadMarkers(
      workspace({ 'r.yaml': 'topics:\n  - { id: street, regex: ["ул\\\\.\\\\s*ленина"] }\n' }),
    );
    expect(createFeatureExtractor(m)('Яма на УЛ. Ленина и на ул.ленина').topics.street).toBe(2);
  });
});
