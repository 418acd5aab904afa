import type { ReactNode } from 'react';
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
  ownCode: { scope: string; value: string; onChange: (value: string) => void };
}

/** The pieces of other features the app composes into a round page. */
export interface RoundSlots {
  /** The problem statement, as the problem page shows it. */
  statement: ReactNode;
  renderEditor: (props: RoundEditorProps) => ReactNode;
  renderResults: (report: RunReport | undefined, running: boolean) => ReactNode;
}
