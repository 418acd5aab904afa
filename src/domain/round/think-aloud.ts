import { elapsedMs } from './round-timer';
import type { Phase, Round } from './round.schema';

export type PromptKind = 'clarify' | 'plan' | 'code' | 'test' | 'complexity';

export interface ThinkAloudPrompt {
  id: string;
  kind: PromptKind;
  text: string;
  /** The phase it belongs to. */
  phase: Phase;
  /** Shown once this share of the round's time has passed (0 = on entering the phase). */
  atShare: number;
  /** Or shown after the first run, for prompts about testing. */
  afterFirstRun?: boolean;
}

/** The nudges a good interviewer gives, in the order they usually come. */
export const PROMPTS: readonly ThinkAloudPrompt[] = [
  {
    id: 'clarify',
    kind: 'clarify',
    phase: 'brief',
    atShare: 0,
    text: 'Which questions would you ask the interviewer before you start? (inputs, sizes, edge cases, what to return)',
  },
  {
    id: 'approach',
    kind: 'plan',
    phase: 'code',
    atShare: 0,
    text: 'State your approach before you type.',
  },
  {
    id: 'brute-force',
    kind: 'plan',
    phase: 'code',
    atShare: 0.15,
    text: 'What is the brute force, and why is it not enough?',
  },
  {
    id: 'edge-cases',
    kind: 'code',
    phase: 'code',
    atShare: 0.4,
    text: 'Which edge cases does your code need to handle?',
  },
  {
    id: 'walk-through',
    kind: 'test',
    phase: 'code',
    atShare: 0.7,
    afterFirstRun: true,
    text: 'Walk through one test by hand, line by line.',
  },
  {
    id: 'complexity',
    kind: 'complexity',
    phase: 'estimate',
    atShare: 0,
    text: 'Say the time and space complexity out loud, and why.',
  },
];

/** What duePrompts reads of a round: a pair interviewer's copy of the round has these too. */
export type PromptTiming = Pick<
  Round,
  | 'phase'
  | 'durationMs'
  | 'promptsShown'
  | 'runs'
  | 'startedAt'
  | 'deadline'
  | 'endedAt'
  | 'pausedAt'
  | 'pausedTotalMs'
>;

/** Prompts whose moment has come and that have not been shown yet. */
export function duePrompts(round: PromptTiming, now: number): ThinkAloudPrompt[] {
  const share = elapsedMs(round, now) / round.durationMs;
  return PROMPTS.filter((p) => {
    if (round.promptsShown.includes(p.id) || p.phase !== round.phase) return false;
    return share >= p.atShare || (p.afterFirstRun === true && round.runs.length > 0);
  });
}
