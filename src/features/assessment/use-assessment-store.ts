import { useCallback } from 'react';
import type { AssessmentEvent } from '../../domain/assessment/assessment-machine';
import type { NewAssessment } from '../../domain/assessment/assessment-start';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { useAppStore } from '../../store/app-store';
import { useClock } from './assessment-clock';

/** The active assessment as the store holds it (null when none). */
export function useActiveAssessment(): Assessment | null {
  return useAppStore((state) => state.activeAssessment);
}

/** Dispatches an assessment event stamped with the injected clock; returns the refusal or null. */
export function useAssessmentDispatch(): (event: AssessmentEvent) => string | null {
  const clock = useClock();
  const dispatch = useAppStore((state) => state.dispatchAssessment);
  return useCallback((event: AssessmentEvent) => dispatch(event, clock.now()), [clock, dispatch]);
}

/** Starts an assessment now (by the injected clock); throws while another is active. */
export function useStartAssessment(): (input: NewAssessment) => Assessment {
  const clock = useClock();
  const start = useAppStore((state) => state.startAssessment);
  return useCallback((input: NewAssessment) => start(input, clock.now()), [clock, start]);
}

/** The active assessment right now, outside React's render. */
export function readActiveAssessment(): Assessment | null {
  return useAppStore.getState().activeAssessment;
}

/** Forgets the active assessment (after it is in the records). */
export function clearActiveAssessment(): void {
  useAppStore.getState().clearActiveAssessment();
}

/** Writes the store to IndexedDB now, for the moments an assessment starts or leaves. */
export function flushAssessmentState(): Promise<void> {
  return useAppStore.flushStorage();
}
