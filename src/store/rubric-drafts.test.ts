import { describe, expect, it } from 'vitest';
import { draftFromRubric } from '../domain/pair/rubric-draft';
import { memoryKv } from './memory-kv.fixture';
import { createRubricDrafts } from './rubric-drafts';

describe('rubric drafts in storage', () => {
  it('keeps a draft per round', async () => {
    const drafts = createRubricDrafts(memoryKv().kv);
    const draft = {
      draft: { ...draftFromRubric(null), testing: { score: 3, notes: 'edge cases' } },
      saved: false,
    };
    expect(await drafts.read('r-1')).toBeNull();
    await drafts.write('r-1', draft);
    expect(await drafts.read('r-1')).toEqual(draft);
    expect(await drafts.read('r-2')).toBeNull();
  });

  it('names the field and reason of a stored draft it cannot read', async () => {
    const bad = { ...draftFromRubric(null), testing: { score: 9, notes: '' } };
    const drafts = createRubricDrafts(
      memoryKv({ 'rubric-draft:r-1': { draft: bad, saved: false } }).kv,
    );
    await expect(drafts.read('r-1')).rejects.toThrow(/could not be read \(draft\.testing\.score: /);
  });
});
