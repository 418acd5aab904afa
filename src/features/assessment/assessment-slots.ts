import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
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

/** The pieces of other features the app composes into the assessment page. */
export interface AssessmentSlots {
  renderStatement: (problem: Problem) => ReactNode;
  renderEditor: (props: AssessmentEditorProps) => ReactNode;
  renderResults: (report: RunReport | undefined, running: boolean) => ReactNode;
}
