import {
  createRound,
  IllegalTransition,
  transition,
  type NewRound,
  type RoundEvent,
} from '../domain/round/round-machine';
import type { Round } from '../domain/round/round.schema';
import type { SliceCreator } from './app-state';

/** The one active interview round (persisted with the drafts, so a reload restores it). */
export interface RoundSlice {
  activeRound: Round | null;
  /** Starts a round; refuses while another one is active (finish or abandon it first). */
  startRound(input: NewRound, now?: number): Round;
  /** Applies an event through the round machine; returns the reason when the machine refuses it. */
  dispatchRound(event: RoundEvent, now?: number): string | null;
  /** Forgets the active round (after it was saved or abandoned into the records). */
  clearActiveRound(): void;
}

export const createRoundSlice: SliceCreator<RoundSlice> = (set, get) => ({
  activeRound: null,
  startRound: (input, now = Date.now()) => {
    const current = get().activeRound;
    if (current && current.phase !== 'saved') {
      throw new Error(
        `A round on "${current.problemSlug}" is still active: finish or abandon it first.`,
      );
    }
    const round = createRound(input, now);
    set({ activeRound: round });
    return round;
  },
  dispatchRound: (event, now = Date.now()) => {
    const round = get().activeRound;
    if (!round) return 'There is no active round.';
    try {
      const next = transition(round, event, now);
      if (next !== round) set({ activeRound: next });
      return null;
    } catch (error) {
      if (error instanceof IllegalTransition) return error.message;
      throw error;
    }
  },
  clearActiveRound: () => set({ activeRound: null }),
});
