import { useCallback } from 'react';
import type { NewRound, RoundEvent } from '../../domain/round/round-machine';
import type { Round } from '../../domain/round/round.schema';
import { useAppStore } from '../../store/app-store';
import { useClock } from './clock-context';

/** The active round as the store holds it (null when none); the round UI renders only this. */
export function useActiveRound(): Round | null {
  return useAppStore((state) => state.activeRound);
}

/** The active round's problem, or null: enough for a route to load the right problem. */
export function useActiveRoundSlug(): string | null {
  return useAppStore((state) => state.activeRound?.problemSlug ?? null);
}

/**
 * Dispatches a round event stamped with the injected clock's time. Returns null, or the reason
 * the round machine refused the event (e.g. the time ran out a moment earlier).
 */
export function useRoundDispatch(): (event: RoundEvent) => string | null {
  const clock = useClock();
  const dispatch = useAppStore((state) => state.dispatchRound);
  return useCallback((event: RoundEvent) => dispatch(event, clock.now()), [clock, dispatch]);
}

/** Starts a round now (by the injected clock); throws while another round is active. */
export function useStartRound(): (input: NewRound) => Round {
  const clock = useClock();
  const start = useAppStore((state) => state.startRound);
  return useCallback((input: NewRound) => start(input, clock.now()), [clock, start]);
}

/** Forgets the active round once it is safely in the records. */
export function useClearActiveRound(): () => void {
  return useAppStore((state) => state.clearActiveRound);
}

/** The active round right now, outside React's render (after a dispatch, before saving it). */
export function readActiveRound(): Round | null {
  return useAppStore.getState().activeRound;
}

/**
 * Writes the store to IndexedDB now instead of after the usual short delay: for the moments a
 * round starts or leaves, so a reload right after cannot bring back the previous state.
 */
export function flushRoundState(): Promise<void> {
  return useAppStore.flushStorage();
}
