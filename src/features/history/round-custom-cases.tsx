import { useId } from 'react';
import { CustomCaseList } from '../../components/custom-case-list';
import { paramNames } from '../../domain/problem/custom-case-text';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Round } from '../../domain/round/round.schema';

/**
 * The test cases the candidate added during the round, apart from the problem's: nothing at all
 * for a round without any (rounds saved before custom cases existed have none).
 */
export function RoundCustomCases({ round, problem }: { round: Round; problem?: Problem }) {
  const headingId = useId();
  const cases = round.customCases ?? [];
  if (cases.length === 0) return null;
  return (
    <>
      <h2 id={headingId}>Your test cases</h2>
      <p className="muted">
        Added by you during the round and run with Run, apart from the problem’s cases; the expected
        value is the reference solution’s answer.
      </p>
      <CustomCaseList cases={cases} params={paramNames(problem)} labelledBy={headingId} />
    </>
  );
}
