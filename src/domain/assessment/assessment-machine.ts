import type { Estimate, Measured, RunRecord, SelfScore } from '../round/round.schema';
import type { OwnVerdict, ReferenceSnapshot } from '../verdict/verdict.schema';
import { bankTime, closeFocusLoss, endAssessment, keepReferences } from './assessment-steps';
import { elapsedMs, isTimeUp } from './assessment-timer';
import type {
  Assessment,
  AssessmentPhase,
  ProblemWork,
  SubmissionResult,
} from './assessment.schema';

export type AssessmentEvent =
  | { type: 'switch-problem'; index: number }
  | { type: 'update-code'; index: number; code: string; language: 'js' | 'ts' | 'py' }
  | { type: 'record-run'; index: number; run: Omit<RunRecord, 'atMs'> }
  | { type: 'add-note'; index: number; id: string; text: string }
  | { type: 'paste-refused' }
  | { type: 'focus-lost' }
  | { type: 'focus-regained' }
  | { type: 'time-up' }
  | { type: 'finish' }
  | { type: 'set-estimate'; index: number; estimate: Estimate }
  | { type: 'reveal'; references: ReferenceSnapshot[] }
  | { type: 'record-result'; index: number; result: SubmissionResult }
  | { type: 'set-measured'; index: number; measured: Measured }
  | { type: 'score-estimate'; index: number; dimension: 'time' | 'space'; verdict: OwnVerdict }
  | { type: 'self-score'; index: number; score: SelfScore }
  | { type: 'to-scorecard' }
  | { type: 'save' };

/** A step the assessment's phase or options do not allow; the message says why. */
export class IllegalTransition extends Error {
  constructor(event: string, phase: AssessmentPhase | null, why: string) {
    super(phase ? `Cannot ${event} during ${phase}: ${why}` : `Cannot ${event}: ${why}`);
    this.name = 'IllegalTransition';
  }
}

/** True once every problem has both a time and a space estimate: the reveal waits for that. */
export function canReveal(a: Assessment): boolean {
  return (
    a.phase === 'estimate' &&
    a.problems.every((p) => !!p.estimate?.time.trim() && !!p.estimate.space.trim())
  );
}

/** Applies one event; pure, throws IllegalTransition for anything the phase or options forbid. */
export function transition(a: Assessment, event: AssessmentEvent, now: number): Assessment {
  const fail = (why: string): never => {
    throw new IllegalTransition((event as { type: string }).type, a.phase, why);
  };
  const need = (...phases: AssessmentPhase[]) => {
    if (!phases.includes(a.phase)) fail(`only allowed during ${phases.join(' or ')}`);
  };
  const check = (index: number) => {
    if (!Number.isInteger(index) || !a.problems[index]) fail(`there is no problem ${index + 1}`);
  };
  const edit = (index: number, change: (p: ProblemWork) => Partial<ProblemWork>): Assessment => {
    check(index);
    return { ...a, problems: a.problems.map((p, i) => (i === index ? { ...p, ...change(p) } : p)) };
  };
  const beforeDeadline = () => {
    if (isTimeUp(a, now)) fail('time is up: the code at the deadline is what counts');
  };
  const atMs = elapsedMs(a, now);
  switch (event.type) {
    case 'switch-problem': {
      if (a.phase === 'saved') fail('the assessment is saved');
      check(event.index);
      if (event.index === a.current) return a;
      return {
        ...(a.phase === 'working' ? bankTime(a, now) : a),
        current: event.index,
        currentSince: now,
      };
    }
    case 'update-code':
      need('working');
      beforeDeadline();
      return edit(event.index, () => ({ code: event.code, language: event.language }));
    case 'record-run':
      need('working');
      beforeDeadline();
      return edit(event.index, (p) => ({ runs: [...p.runs, { ...event.run, atMs }] }));
    case 'add-note':
      if (a.phase === 'saved') fail('the assessment is saved');
      if (!event.text.trim()) fail('the note is empty');
      return edit(event.index, (p) => ({
        notes: [...p.notes, { id: event.id, atMs, text: event.text.trim() }],
      }));
    case 'paste-refused':
      need('working');
      if (!a.options.blockPaste) fail('pasting is allowed in this assessment');
      return { ...a, pasteAttempts: [...a.pasteAttempts, { atMs, index: a.current }] };
    case 'focus-lost':
      need('working');
      if (!a.options.countFocusLoss) fail('focus loss is not counted in this assessment');
      if (a.focusLosses.at(-1)?.backAtMs === null) return a; // blur and visibilitychange both fire
      return { ...a, focusLosses: [...a.focusLosses, { atMs, backAtMs: null }] };
    case 'focus-regained':
      return closeFocusLoss(a, atMs);
    case 'time-up':
      need('working');
      if (!isTimeUp(a, now)) fail('there is time left');
      return endAssessment(a, now, 'time-up');
    case 'finish':
      need('working');
      return endAssessment(a, now, 'done');
    case 'set-estimate':
      need('estimate');
      return edit(event.index, () => ({ estimate: event.estimate }));
    case 'reveal': {
      need('estimate');
      if (!canReveal(a)) fail('give the time and space estimate for every problem first');
      if (event.references.length !== a.problems.length)
        fail('one reference per problem is needed');
      return { ...keepReferences(a, event.references), phase: 'reveal' };
    }
    case 'record-result':
      need('reveal');
      return edit(event.index, () => ({ result: event.result }));
    case 'set-measured':
      need('reveal', 'scorecard');
      return edit(event.index, () => ({ growth: event.measured }));
    case 'score-estimate':
      need('reveal', 'scorecard');
      return edit(event.index, (p) => ({
        estimateScore: { ...p.estimateScore, [event.dimension]: event.verdict },
      }));
    case 'self-score':
      need('reveal', 'scorecard');
      return edit(event.index, () => ({ selfScore: event.score }));
    case 'to-scorecard':
      need('reveal');
      if (a.problems.some((p) => !p.result)) fail('every submission needs its test results first');
      return { ...a, phase: 'scorecard' };
    case 'save':
      need('scorecard');
      return { ...a, phase: 'saved', savedAt: now };
    default:
      return fail('no such step in an assessment (there is no pause and no hints)');
  }
}
