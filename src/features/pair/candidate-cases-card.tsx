import { useId } from 'react';
import { CustomCaseList } from '../../components/custom-case-list';
import type { PairState } from '../../domain/pair/pair-state.schema';

interface CandidateCasesCardProps {
  state: PairState;
  /** The problem's parameter names, to label the arguments. */
  params?: readonly string[];
}

/**
 * The test cases the candidate added, live: each input, the reference's answer and what their
 * code got on it at the last Run. Nothing while there are none.
 */
export function CandidateCasesCard({ state, params = [] }: CandidateCasesCardProps) {
  const headingId = useId();
  const cases = state.customCases ?? [];
  if (cases.length === 0) return null;
  return (
    <section className="round-card pair-cases" aria-labelledby={headingId}>
      <h2 id={headingId}>Candidate’s test cases</h2>
      <CustomCaseList cases={cases} params={params} labelledBy={headingId} />
    </section>
  );
}
