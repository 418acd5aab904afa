import type { ReactNode } from 'react';

export interface CodePanesProps {
  /** Pane sizes are remembered per id (one per kind of page). */
  layoutId: string;
  statement: ReactNode;
  /** Run / Submit / Stop: above the editor when wide, pinned at the top when stacked. */
  toolbar: ReactNode;
  editor: ReactNode;
  results: ReactNode;
  /** True while tests run: when a run starts, the stacked layout shows the results tab. */
  running?: boolean;
}
