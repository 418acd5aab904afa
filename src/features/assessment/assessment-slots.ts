import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Measured } from '../../domain/round/round.schema';
import type { Language } from '../../runner/protocol';
import type { RunReport } from '../../runner/run-report';

/** What the assessment hands to the editor the app plugs in (the editor is its own feature). */
export interface AssessmentEditorProps {
  slug: string;
  language: Language;
  starter: string;
  onRunShortcut: () => void;
  readOnly: boolean;
  /** The assessment's own copy of the code: never the problem page's draft. */
  ownCode: { scope: string; value: string; onChange: (value: string) => void };
}

/** What the reveal hands to the growth measurement panel (its own feature), per problem. */
export interface AssessmentGrowthProps {
  problem: Problem;
  code: string;
  language: Language;
  /** Starts measuring by itself once this is true (the reveal measures each submission unasked). */
  autoStart?: boolean;
  /** Measures again, up to this many times, while the class is not conclusive. */
  attempts?: number;
  onMeasured?: (measured: Measured) => void;
  /** Called when a measurement starts (true) and when it ends, measured or cancelled (false). */
  onRunningChange?: (running: boolean) => void;
}

/** The pieces of other features the app composes into the assessment page. */
export interface AssessmentSlots {
  renderStatement: (problem: Problem) => ReactNode;
  renderEditor: (props: AssessmentEditorProps) => ReactNode;
  renderResults: (report: RunReport | undefined, running: boolean) => ReactNode;
  /**
   * "Measure growth" on each submission, in the reveal only (no measured class may show before
   * every estimate is given). Optional: without it, the candidate's own score decides.
   */
  renderGrowth?: (props: AssessmentGrowthProps) => ReactNode;
}
