import { describe, expect, it } from 'vitest';
import type { InterviewerData } from './pair-state.schema';
import { gateForSharedScreen, HIDDEN_HINT, HIDDEN_LINE } from './shared-screen-gate';

const DATA: InterviewerData = {
  hints: [
    'Which value would finish the pair?',
    'Checking every earlier element is O(n) per element; what answers it in O(1)?',
    'Use a Map; the whole scan is Θ(n).',
  ],
  clarifications: [
    { q: 'Is there always an answer?', a: 'Yes.' },
    { q: 'Must it be fast?', a: 'O(n) is expected.' },
  ],
  followUps: ['What if it were sorted? Can you get O(1) extra space?', 'What about a stream?'],
  rubricGuide: ['States time O(n) and space O(n) correctly.', 'Handles duplicates.'],
  notes: [],
  rubric: null,
};

describe('gateForSharedScreen', () => {
  it('before the reveal hides every line naming a complexity, keeping counts and positions', () => {
    for (const phase of ['brief', 'code', 'estimate'] as const) {
      const gated = gateForSharedScreen(DATA, phase, [2]);
      expect(gated.hints).toEqual([DATA.hints[0], HIDDEN_HINT, DATA.hints[2]]);
      expect(gated.clarifications).toEqual([
        DATA.clarifications[0],
        { q: 'Must it be fast?', a: HIDDEN_LINE },
      ]);
      expect(gated.followUps).toEqual([HIDDEN_LINE, 'What about a stream?']);
      expect(gated.rubricGuide).toEqual([HIDDEN_LINE, 'Handles duplicates.']);
      expect(JSON.stringify({ ...gated, hints: gated.hints.slice(0, 2) })).not.toMatch(/[OΘ]\(/);
    }
  });

  it('a hint already given stays readable (the candidate has seen it)', () => {
    expect(gateForSharedScreen(DATA, 'code', [1]).hints[1]).toBe(DATA.hints[1]);
  });

  it('from the reveal on everything shows', () => {
    for (const phase of ['reveal', 'recap', 'saved'] as const)
      expect(gateForSharedScreen(DATA, phase, [])).toEqual(DATA);
  });
});
