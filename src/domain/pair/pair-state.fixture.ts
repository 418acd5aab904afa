import { RUBRIC_AREAS, type Rubric } from './rubric';
import type { PairState } from './pair-state.schema';

/** Every interviewer-only string in `secretState`: none may ever reach the candidate. */
export const SECRETS = [
  'SECRET-HINT-2',
  'SECRET-HINT-3',
  'SECRET-QUESTION',
  'SECRET-ANSWER',
  'SECRET-FOLLOW-UP',
  'SECRET-GUIDE',
  'SECRET-INTERVIEWER-NOTE',
  'SECRET-RUBRIC-NOTE',
] as const;

export const secretRubric = Object.fromEntries(
  RUBRIC_AREAS.map((area) => [area, { score: 3, notes: `SECRET-RUBRIC-NOTE ${area}` }]),
) as Rubric;

/** An interviewer's full state mid-round, with a sentinel in every private field. */
export function secretState(overrides: Partial<PairState> = {}): PairState {
  return {
    roundId: 'r1',
    problemSlug: 'two-sum',
    mode: 'practice',
    phase: 'code',
    timer: {
      durationMs: 1_200_000,
      startedAt: 1_000,
      deadline: 1_201_000,
      pausedAt: null,
      pausedTotalMs: 0,
      endedAt: null,
    },
    language: 'js',
    code: 'function twoSum() {}',
    runs: [{ atMs: 90_000, mode: 'run', status: 'done', passed: 2, failed: 1 }],
    notes: [
      {
        id: 'n1',
        atMs: 30_000,
        phase: 'brief',
        text: 'Can the array be empty?',
        prompt: 'clarify',
      },
    ],
    promptsShown: ['clarify'],
    hintsGiven: [{ index: 0, atMs: 120_000, text: 'Think about a map.' }],
    interviewer: {
      hints: ['Think about a map.', 'SECRET-HINT-2', 'SECRET-HINT-3'],
      clarifications: [{ q: 'SECRET-QUESTION', a: 'SECRET-ANSWER' }],
      followUps: ['SECRET-FOLLOW-UP'],
      rubricGuide: ['SECRET-GUIDE'],
      notes: [{ id: 'i1', atMs: 60_000, text: 'SECRET-INTERVIEWER-NOTE' }],
      rubric: secretRubric,
    },
    ...overrides,
  };
}
