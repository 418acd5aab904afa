import type { Estimate } from '../round/round.schema';
import type { CodeSelection } from './pair-doc.schema';
import type { RubricDelivery } from './pair-sync';
import type { PairState } from './pair-state.schema';
import type { Rubric } from './rubric';

/**
 * What the interviewer view shows and can do, whoever hosts it: the interviewer's own window
 * (over the pair channel) or a panel in the candidate's round page (straight on the round).
 */
export interface InterviewerViewModel {
  /** The candidate's round as last heard, with the problem's script and the interviewer's scores. */
  state: PairState;
  /** Whether the candidate's side is listening: a hint or a prompt given now reaches it. */
  connected: boolean;
  /** Where the saved scores stand (see rubricDelivery). */
  delivery: RubricDelivery;
  /** The candidate's cursor and selection in the code (a partner on another machine sees it). */
  selection?: CodeSelection | null;
  /** The candidate's estimate, once locked (shared from the reveal on). */
  estimate?: Estimate | null;
  onGiveHint: (index: number) => void;
  onPromptAsked: (promptId: string) => void;
  onSaveRubric: (rubric: Rubric) => void;
}
