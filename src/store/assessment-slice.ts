import {
  IllegalTransition,
  transition,
  type AssessmentEvent,
} from '../domain/assessment/assessment-machine';
import { createAssessment, type NewAssessment } from '../domain/assessment/assessment-start';
import type { Assessment } from '../domain/assessment/assessment.schema';
import type { SliceCreator } from './app-state';

/** The one active assessment (persisted with the drafts, so a reload lands back in it). */
export interface AssessmentSlice {
  activeAssessment: Assessment | null;
  /** Starts an assessment; refuses while another one is unsaved (finish and save it first). */
  startAssessment(input: NewAssessment, now?: number): Assessment;
  /** Applies an event through the assessment machine; returns the reason when it is refused. */
  dispatchAssessment(event: AssessmentEvent, now?: number): string | null;
  /** Forgets the active assessment (once it is in the records, or to give it up). */
  clearActiveAssessment(): void;
}

export const createAssessmentSlice: SliceCreator<AssessmentSlice> = (set, get) => ({
  activeAssessment: null,
  startAssessment: (input, now = Date.now()) => {
    const current = get().activeAssessment;
    if (current && current.phase !== 'saved') {
      throw new Error('An assessment is still active: finish it first.');
    }
    const assessment = createAssessment(input, now);
    set({ activeAssessment: assessment });
    return assessment;
  },
  dispatchAssessment: (event, now = Date.now()) => {
    const assessment = get().activeAssessment;
    if (!assessment) return 'There is no active assessment.';
    try {
      const next = transition(assessment, event, now);
      if (next !== assessment) set({ activeAssessment: next });
      return null;
    } catch (error) {
      if (error instanceof IllegalTransition) return error.message;
      throw error;
    }
  },
  clearActiveAssessment: () => set({ activeAssessment: null }),
});
