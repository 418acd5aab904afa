import { IllegalTransition } from './assessment-machine';
import { ASSESSMENT_VERSION, type Assessment, type AssessmentOptions } from './assessment.schema';

/** The rule shown before the assessment starts, so it is known before it matters. */
export const SUBMISSION_RULE =
  "When time runs out, each problem's code as it is in the editor at that moment is submitted.";

export interface NewAssessment {
  id: string;
  presetId: string;
  durationMs: number;
  /** 2–4 distinct problems, each with its starter code. */
  problems: { slug: string; language: 'js' | 'ts' | 'py'; code: string }[];
  options?: Partial<AssessmentOptions>;
}

/** Starts the assessment: the one countdown runs from `now`, the first problem is current. */
export function createAssessment(input: NewAssessment, now: number): Assessment {
  const fail = (why: string): never => {
    throw new IllegalTransition('start the assessment', null, why);
  };
  const slugs = input.problems.map((p) => p.slug);
  if (slugs.length < 2 || slugs.length > 4) fail(`it needs 2–4 problems, not ${slugs.length}`);
  if (new Set(slugs).size !== slugs.length) fail('a problem appears twice');
  if (!(input.durationMs > 0)) fail('the duration must be positive');
  return {
    version: ASSESSMENT_VERSION,
    id: input.id,
    presetId: input.presetId,
    durationMs: input.durationMs,
    startedAt: now,
    deadline: now + input.durationMs,
    phase: 'working',
    options: { blockPaste: false, countFocusLoss: false, ...input.options },
    problems: input.problems.map((p) => ({
      ...p,
      runs: [],
      notes: [],
      timeSpentMs: 0,
      submission: null,
      estimate: null,
      result: null,
      selfScore: null,
      reference: null,
      growth: null,
      estimateScore: {},
      olderVerdict: null,
    })),
    current: 0,
    currentSince: now,
    pasteAttempts: [],
    focusLosses: [],
    endedAt: null,
    endReason: null,
    savedAt: null,
  };
}
