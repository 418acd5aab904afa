// Test data for the history tests: valid saved rounds with only the fields a test cares about set.
import type { ProblemSummary } from '../problem/problem.schema';
import { createRound } from '../round/round-machine';
import type { Reveal, Round } from '../round/round.schema';
import { summarizeRound, type RoundSummary } from './round-summary';

export const DAY = 86_400_000;
export const MIN = 60_000;
/** Monday 2024-01-01 00:00 UTC (ISO week 2024-W01). */
export const MON_2024_01_01 = Date.UTC(2024, 0, 1);

export interface RoundSpec {
  id?: string;
  slug?: string;
  at?: number;
  mode?: Round['mode'];
  passed?: number;
  failed?: number;
  /** Minutes of round time used (default 10 of 20). */
  usedMin?: number;
  estimate?: { time: string; space: string };
  verdicts?: [Reveal['timeVerdict'], Reveal['spaceVerdict']];
  abandoned?: boolean;
}

let counter = 0;

/** A saved (or abandoned) round; the reveal holds the pass/fail counts. */
export function makeRound(spec: RoundSpec = {}): Round {
  const at = spec.at ?? MON_2024_01_01;
  const used = (spec.usedMin ?? 10) * MIN;
  const base = createRound(
    {
      id: spec.id ?? `r${++counter}`,
      problemSlug: spec.slug ?? 'two-sum',
      mode: spec.mode ?? 'timed',
      durationMs: 20 * MIN,
      language: 'js',
      code: 'function f() {}',
    },
    at,
  );
  if (spec.abandoned) return { ...base, phase: 'code', abandonedAt: at + used };
  const [timeVerdict, spaceVerdict] = spec.verdicts ?? ['match', 'match'];
  return {
    ...base,
    phase: 'saved',
    endedAt: at + used,
    endReason: 'done',
    estimate: { ...(spec.estimate ?? { time: 'O(n)', space: 'O(n)' }), reason: 'one pass' },
    reveal: {
      passed: spec.passed ?? 5,
      failed: spec.failed ?? 0,
      status: 'done',
      timeVerdict,
      spaceVerdict,
    },
    savedAt: at + used + 2 * MIN,
  };
}

/** The summary History and Progress read of makeRound(spec). */
export function makeSummary(spec: RoundSpec = {}): RoundSummary {
  return summarizeRound(makeRound(spec));
}

export function summary(
  slug: string,
  tags: string[],
  difficulty: ProblemSummary['difficulty'] = 'easy',
): ProblemSummary {
  return {
    slug,
    title: slug
      .split('-')
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join(' '),
    difficulty,
    tags,
    timeLimitMinutes: 20,
  };
}
