import type { Rubric } from '../pair/rubric';
import { CUSTOM_CASES_MAX, type CustomCase } from '../problem/custom-case.schema';
import type { OwnVerdict, ReferenceSnapshot } from '../verdict/verdict.schema';
import { withRunResults, type CaseOutcome } from './custom-case-results';
import { elapsedMs, isTimeUp } from './round-timer';
import {
  ROUND_VERSION,
  type Estimate,
  type Measured,
  type PairMode,
  type Phase,
  type Recap,
  type RecapDraft,
  type Round,
  type RoundMode,
  type RunRecord,
  type SelfScore,
} from './round.schema';

export type RoundEvent =
  | { type: 'begin-coding' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'prompt-shown'; prompt: string }
  | { type: 'add-note'; id: string; text: string; prompt?: string }
  | { type: 'update-code'; code: string; language: 'js' | 'ts' | 'py' }
  | { type: 'record-run'; run: Omit<RunRecord, 'atMs'>; custom?: readonly CaseOutcome[] }
  | { type: 'use-hint'; index: number }
  | { type: 'finish' }
  | { type: 'time-up' }
  | { type: 'set-estimate'; estimate: Estimate }
  | {
      type: 'reveal';
      result: { passed: number; failed: number; status: string };
      reference: ReferenceSnapshot;
    }
  | { type: 'score-estimate'; dimension: 'time' | 'space'; verdict: OwnVerdict }
  | { type: 'self-score'; score: SelfScore }
  | { type: 'set-measured'; measured: Measured }
  | { type: 'to-recap' }
  | { type: 'draft-recap'; draft: RecapDraft }
  | { type: 'save-recap'; recap: Recap }
  | { type: 'set-pair'; pair: PairMode | null }
  | { type: 'set-rubric'; rubric: Rubric }
  | { type: 'add-custom-case'; item: CustomCase }
  | { type: 'remove-custom-case'; id: string };

/** An event the round's current phase or mode does not allow; the message says why. */
export class IllegalTransition extends Error {
  constructor(event: RoundEvent['type'], phase: Phase, why: string) {
    super(`Cannot ${event} during ${phase}: ${why}`);
    this.name = 'IllegalTransition';
  }
}

export interface NewRound {
  id: string;
  problemSlug: string;
  mode: RoundMode;
  durationMs: number;
  language: 'js' | 'ts' | 'py';
  code: string;
}

/** A round starts in the brief; the countdown starts with it (reading counts, as in a real interview). */
export function createRound(input: NewRound, now: number): Round {
  return {
    version: ROUND_VERSION,
    ...input,
    startedAt: now,
    deadline: now + input.durationMs,
    pausedAt: null,
    pausedTotalMs: 0,
    phase: 'brief',
    notes: [],
    runs: [],
    hintsUsed: [],
    promptsShown: [],
    endedAt: null,
    endReason: null,
    estimate: null,
    reveal: null,
    recap: null,
    savedAt: null,
    abandonedAt: null,
  };
}

const CODING: readonly Phase[] = ['brief', 'code'];

/** True once both estimates are filled in: the reveal stays locked until then. */
export function canReveal(round: Round): boolean {
  return (
    round.phase === 'estimate' && !!round.estimate?.time.trim() && !!round.estimate.space.trim()
  );
}

/** Applies one event; pure, throws IllegalTransition for anything the phase or mode forbids. */
export function transition(round: Round, event: RoundEvent, now: number): Round {
  const fail = (why: string): never => {
    throw new IllegalTransition(event.type, round.phase, why);
  };
  const need = (phases: readonly Phase[]) => {
    if (!phases.includes(round.phase)) fail(`only allowed during ${phases.join(' or ')}`);
  };
  const atMs = elapsedMs(round, now);
  const running = () => {
    if (round.pausedAt !== null) fail('the round is paused');
  };

  switch (event.type) {
    case 'begin-coding':
      need(['brief']);
      return { ...round, phase: 'code' };
    case 'pause':
      need(CODING);
      if (round.mode !== 'practice') fail('timed rounds cannot be paused');
      if (round.pausedAt !== null) fail('already paused');
      return { ...round, pausedAt: now };
    case 'resume':
      if (round.pausedAt === null) return fail('not paused');
      return {
        ...round,
        pausedTotalMs: round.pausedTotalMs + (now - round.pausedAt),
        pausedAt: null,
      };
    case 'prompt-shown':
      return round.promptsShown.includes(event.prompt)
        ? round
        : { ...round, promptsShown: [...round.promptsShown, event.prompt] };
    case 'add-note': {
      if (round.phase === 'saved') fail('the round is saved');
      if (!event.text.trim()) fail('the note is empty');
      const note = {
        id: event.id,
        atMs,
        phase: round.phase,
        text: event.text.trim(),
        ...(event.prompt ? { prompt: event.prompt } : {}),
      };
      return { ...round, notes: [...round.notes, note] };
    }
    case 'update-code':
      need(CODING);
      return { ...round, code: event.code, language: event.language };
    case 'record-run':
      need(CODING);
      running();
      return {
        ...round,
        runs: [...round.runs, { ...event.run, atMs }],
        // Each custom case keeps what this Run got on it (History and the interviewer show it).
        ...(event.custom
          ? { customCases: withRunResults(round.customCases, event.custom, atMs) }
          : {}),
      };
    case 'use-hint':
      need(CODING);
      if (round.mode !== 'practice') fail('hints are off in timed rounds');
      if (round.hintsUsed.some((h) => h.index === event.index)) return round;
      return { ...round, hintsUsed: [...round.hintsUsed, { index: event.index, atMs }] };
    case 'finish':
      need(CODING);
      return end(round, now, 'done');
    case 'time-up':
      need(CODING);
      if (!isTimeUp(round, now)) fail('there is time left');
      // Noticed late (the tab was closed at the deadline): the round still ended at the deadline.
      return end(round, Math.min(now, round.deadline + round.pausedTotalMs), 'time-up');
    case 'set-estimate':
      need(['estimate']);
      return { ...round, estimate: event.estimate };
    case 'reveal': {
      need(['estimate']);
      if (!canReveal(round)) fail('give both the time and the space estimate first');
      // The verdicts are derived (domain/verdict) from this snapshot, the estimate and the growth.
      return { ...round, phase: 'reveal', reveal: { ...event.result, reference: event.reference } };
    }
    case 'score-estimate': {
      need(['reveal', 'recap']);
      const reveal = round.reveal as NonNullable<Round['reveal']>;
      const estimateScore = { ...reveal.estimateScore, [event.dimension]: event.verdict };
      return { ...round, reveal: { ...reveal, estimateScore } };
    }
    case 'self-score':
      need(['reveal', 'recap']);
      return {
        ...round,
        reveal: { ...(round.reveal as NonNullable<Round['reveal']>), selfScore: event.score },
      };
    case 'set-measured':
      need(['reveal', 'recap']);
      return { ...round, growth: event.measured };
    case 'to-recap':
      need(['reveal']);
      return { ...round, phase: 'recap' };
    case 'draft-recap':
      need(['recap']);
      return { ...round, recapDraft: event.draft };
    case 'save-recap':
      need(['recap']);
      return { ...round, phase: 'saved', recap: event.recap, recapDraft: null, savedAt: now };
    case 'set-pair':
      if (round.phase === 'saved') fail('the round is saved');
      return (round.pair ?? null) === event.pair ? round : { ...round, pair: event.pair };
    case 'add-custom-case': {
      need(CODING);
      const cases = round.customCases ?? [];
      if (cases.length >= CUSTOM_CASES_MAX) fail(`at most ${CUSTOM_CASES_MAX} custom cases`);
      if (cases.some((c) => c.id === event.item.id)) return round;
      return { ...round, customCases: [...cases, event.item] };
    }
    case 'remove-custom-case':
      need(CODING);
      return {
        ...round,
        customCases: (round.customCases ?? []).filter((c) => c.id !== event.id),
      };
    case 'set-rubric':
      // Scored once the coding is over; a saved round's record is amended in the records instead.
      need(['estimate', 'reveal', 'recap']);
      return { ...round, rubric: event.rubric };
  }
}

function end(round: Round, now: number, reason: 'done' | 'time-up'): Round {
  const pausedTotalMs =
    round.pausedAt === null ? round.pausedTotalMs : round.pausedTotalMs + (now - round.pausedAt);
  return {
    ...round,
    phase: 'estimate',
    endedAt: now,
    endReason: reason,
    pausedAt: null,
    pausedTotalMs,
  };
}
