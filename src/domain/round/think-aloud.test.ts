import { describe, expect, it } from 'vitest';
import { createRound, transition } from './round-machine';
import { duePrompts } from './think-aloud';

const MIN = 60_000;
const round = createRound(
  { id: 'r', problemSlug: 'p', mode: 'practice', durationMs: 20 * MIN, language: 'js', code: '' },
  0,
);

describe('think-aloud prompts', () => {
  it('asks to clarify in the brief, then plan prompts as time passes', () => {
    expect(duePrompts(round, 0).map((p) => p.id)).toEqual(['clarify']);
    const coding = transition(round, { type: 'begin-coding' }, MIN);
    expect(duePrompts(coding, MIN).map((p) => p.id)).toEqual(['approach']);
    expect(duePrompts(coding, 9 * MIN).map((p) => p.id)).toEqual([
      'approach',
      'brute-force',
      'edge-cases',
    ]);
  });
  it('does not repeat a shown prompt and asks to walk through a test after the first run', () => {
    let coding = transition(round, { type: 'begin-coding' }, 0);
    coding = transition(coding, { type: 'prompt-shown', prompt: 'approach' }, 0);
    expect(duePrompts(coding, MIN).map((p) => p.id)).toEqual([]);
    coding = transition(
      coding,
      { type: 'record-run', run: { mode: 'run', status: 'done', passed: 1, failed: 0 } },
      MIN,
    );
    expect(duePrompts(coding, MIN).map((p) => p.id)).toEqual(['walk-through']);
  });
});
