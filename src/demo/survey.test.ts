// Tests of the optional demo nomination survey: off by default, deterministic, leaning to leaders.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeTempDir } from '../test-helpers/temp-dir.js';
import { buildDemoModel, generateDemo } from './index.js';
import { renderSurvey, SURVEY_QUESTIONS } from './survey.js';

afterAll(cleanupTempDirs);

describe('demo survey', () => {
  const model = buildDemoModel({ people: 150, seed: 7, months: 1, plantedChange: false });

  it('is written only when asked, and listed in the manifest', async () => {
    const root = makeTempDir();
    const plain = await generateDemo({ outDir: join(root, 'a'), people: 60, seed: 3, months: 1 });
    expect(plain.files.survey).toBeUndefined();
    expect(existsSync(join(root, 'a', 'survey.csv'))).toBe(false);
    const withSurvey = await generateDemo({
      outDir: join(root, 'b'),
      people: 60,
      seed: 3,
      months: 1,
      survey: true,
    });
    expect(withSurvey.files.survey).toBe(join(root, 'b', 'survey.csv'));
    for (const f of ['mbox', 'directory', 'groundTruth'] as const) {
      expect(readFileSync(withSurvey.files[f]).equals(readFileSync(plain.files[f])), f).toBe(true);
    }
  });

  it('is deterministic, names planted leaders often and carries some noise', () => {
    const csv = renderSurvey(model);
    expect(renderSurvey(model)).toBe(csv);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('respondent,question,nominee');
    const answers = rows.slice(1);
    expect(answers.length).toBeGreaterThan(50);
    expect(new Set(answers.map((r) => r.split(',')[1]))).toEqual(new Set(SURVEY_QUESTIONS));
    const leaders = model.org.people.filter((p) => p.isLeader);
    const naming = answers.filter((r) => leaders.some((l) => r.includes(l.surname) || r.includes(l.email)));
    // Leaders are 5% of staff; they get far more than 5% of the answers.
    expect(naming.length / answers.length).toBeGreaterThan(0.15);
    expect(answers.length - new Set(answers).size).toBeGreaterThan(0);
  });
});
