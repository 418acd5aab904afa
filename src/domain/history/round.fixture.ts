// Test data for the history tests: valid saved rounds with only the fields a test cares about set.
import type { ProblemSummary } from '../problem/problem.schema';
import { createRound } from '../round/round-machine';
import type { Round } from '../round/round.schema';
import type { EstimateScore, OlderVerdict } from '../verdict/verdict.schema';
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
  /** The measured class of the code (growth.best); default "n", null for not measured. */
  measured?: string | null;
  /** The candidate's own answer where the measurement does not decide (space always). */
  estimateScore?: EstimateScore;
  /** A round revealed before version 2: its verdict against the reference instead. */
  older?: OlderVerdict;
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
  const measured = spec.measured === undefined ? 'n' : spec.measured;
  const judged = spec.older
    ? { olderVerdict: spec.older }
    : {
        reference: {
          time: 'O(n)',
          space: 'O(n)',
          timeReason: 'one pass with a map',
          spaceReason: 'the map holds n entries',
        },
        estimateScore: spec.estimateScore ?? { space: 'right' },
      };
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
      ...judged,
    },
    growth:
      measured === null || spec.older
        ? null
        : { best: measured, confidence: 0.8, points: [], atMs: used },
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
