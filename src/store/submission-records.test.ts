import { describe, expect, it } from 'vitest';
import type { Submission } from '../domain/practice/submission.schema';
import { memoryKv } from './memory-kv.fixture';
import { createSubmissionRecords } from './submission-records';

const submission = (slug: string, id: string, atMs: number): Submission => ({
  version: 1,
  id,
  slug,
  language: 'js',
  code: `// ${id}`,
  verdict: { status: 'done', passed: 3, failed: 0 },
  atMs,
});

describe('submission records', () => {
  it('keeps every Submit and lists one problem’s, newest first, without its prefix-sharing neighbour', async () => {
    const { kv } = memoryKv();
    const records = createSubmissionRecords(kv);
    await records.add(submission('two-sum', 's1', 1));
    await records.add(submission('two-sum', 's2', 2));
    await records.add(submission('two-sum-ii', 's3', 3));
    const { submissions, problems } = await records.list('two-sum');
    expect(submissions.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(problems).toEqual([]);
    expect((await records.list()).submissions.map((s) => s.id)).toEqual(['s3', 's2', 's1']);
  });

  it('refuses to save an invalid Submit and reports an unreadable one by key and field', async () => {
    const { kv } = memoryKv({
      'submission:two-sum:bad': { ...submission('two-sum', 'bad', 1), verdict: { passed: -1 } },
    });
    const records = createSubmissionRecords(kv);
    await expect(records.add({ ...submission('x', 'y', 1), atMs: -5 })).rejects.toThrow();
    const { submissions, problems } = await records.list('two-sum');
    expect(submissions).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^Saved submission "submission:two-sum:bad" could not be read \(verdict\.status: .*left untouched\.$/,
      ),
    ]);
  });
});
