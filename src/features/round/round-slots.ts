import type { ReactNode } from 'react';
import type { InterviewerViewModel } from '../../domain/pair/interviewer-actions';
import type { CustomCase } from '../../domain/problem/custom-case.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Measured } from '../../domain/round/round.schema';
import type { Language } from '../../runner/protocol';
import type { RunReport } from '../../runner/run-report';

/** What the round hands to the editor the app plugs in (the editor lives in its own feature). */
export interface RoundEditorProps {
  slug: string;
  language: Language;
  starter: string;
  onRunShortcut: () => void;
  readOnly: boolean;
  /** The round's own copy of the code: never the problem page's draft. */
  ownCode: {
    scope: string;
    value: string;
    onChange: (value: string) => void;
    /** The candidate's selection in the code (offsets), shown to a partner on another machine. */
    onSelection?: (selection: { anchor: number; head: number }) => void;
  };
}

/** What the round hands to the growth measurement panel (its own feature). */
export interface RoundGrowthProps {
  problem: Problem;
  code: string;
  language: Language;
  /** Starts measuring by itself once this is true (the reveal measures the final code unasked). */
  autoStart?: boolean;
  /** Measures again, up to this many times, while the class is not conclusive. */
  attempts?: number;
  onMeasured?: (measured: Measured) => void;
  /** Called when a measurement starts (true) and when it ends, measured or cancelled (false). */
  onRunningChange?: (running: boolean) => void;
}

/** What the round hands to the interviewer view shown as a panel beside the work (pair practice). */
export interface RoundInterviewerProps extends InterviewerViewModel {
  now: number;
  layout: 'panel';
  /** The problem's parameter names, to label the arguments of the candidate's own cases. */
  params: readonly string[];
}

/** What the round hands to the custom test cases panel (the problem page's, in its own feature). */
export interface RoundCustomCasesProps {
  problem: Problem;
  cases: readonly CustomCase[];
  /** The round's last Run, whose "Custom N" results the panel shows beside each case. */
  report: RunReport | undefined;
  onAdd: (item: CustomCase) => void;
  onRemove: (id: string) => void;
  /** While paused: the cases are shown, not changed. */
  disabled: boolean;
}

/** The pieces of other features the app composes into a round page. */
export interface RoundSlots {
  /** The problem statement, as the problem page shows it. */
  statement: ReactNode;
  renderEditor: (props: RoundEditorProps) => ReactNode;
  renderResults: (report: RunReport | undefined, running: boolean) => ReactNode;
  /**
   * "Measure growth" on the final code, in the reveal only: before both estimates are given no
   * measured class may show. Optional so pages without it leave it out.
   */
  renderGrowth?: (props: RoundGrowthProps) => ReactNode;
  /** "Add test case" and the round's own cases under the results; without it, none. */
  renderCustomCases?: (props: RoundCustomCasesProps) => ReactNode;
  /** The interviewer's view (pair practice), for the one-screen panel; without it, no panel. */
  renderInterviewer?: (props: RoundInterviewerProps) => ReactNode;
}
