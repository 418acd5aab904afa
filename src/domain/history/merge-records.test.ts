import { describe, expect, it } from 'vitest';
import { revealed } from '../assessment/assessment.fixture';
import type { Assessment } from '../assessment/assessment.schema';
import type { Submission } from '../practice/submission.schema';
import { mergeAssessments, mergeSubmissions } from './merge-records';

const assessment = (id: string, savedAt: number): Assessment => ({
  ...revealed(),
  phase: 'saved',
  id,
  savedAt,
});
const submission = (id: string): Submission => ({
  version: 1,
  id,
  slug: 'two-sum',
  language: 'js',
  code: id,
  verdict: { status: 'done', passed: 1, failed: 0 },
  atMs: 1,
});

describe('merging imported assessments and Submits', () => {
  it('adds new assessments, keeps the one saved later for a known id, counts the rest', () => {
    const merged = mergeAssessments(
      [assessment('a', 10), assessment('b', 10), assessment('c', 10)],
      [assessment('a', 20), assessment('b', 5), assessment('c', 10), assessment('d', 1)],
    );
    expect(merged.changed.map((a) => [a.id, a.savedAt])).toEqual([
      ['a', 20],
      ['d', 1],
    ]);
    expect(merged).toMatchObject({ added: 1, updated: 1, unchanged: 2 });
  });

  it('adds only Submits it does not have (a Submit never changes), once each', () => {
    const merged = mergeSubmissions(
      [submission('s1')],
      [submission('s1'), submission('s2'), submission('s2')],
    );
    expect(merged.changed.map((s) => s.id)).toEqual(['s2']);
    expect(merged).toMatchObject({ added: 1, updated: 0, unchanged: 1 });
  });
});
