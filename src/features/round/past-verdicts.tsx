import { COMPLEXITY_LABELS } from '../../domain/problem/complexity';
import type { Estimate, Measured, Reveal } from '../../domain/round/round.schema';
import { OPTIMALITY_LABEL } from '../../domain/verdict/optimality';
import { OWN_VERDICT_LABEL } from '../../domain/verdict/own-code-verdict';
import { olderText } from '../../domain/verdict/verdict-text';
import { verdictsOf } from '../../domain/verdict/work-verdicts';

/** A past round's verdicts in one line: about the candidate's code, then against the reference. */
export function PastVerdicts(props: {
  estimate: Estimate;
  reveal: Reveal;
  growth: Measured | null | undefined;
}) {
  const { estimate } = props;
  const verdicts = verdictsOf(props);
  if (verdicts?.kind === 'older')
    return (
      <>
        Time {estimate.time}: {olderText(verdicts.older.time)} · Space {estimate.space}:{' '}
        {olderText(verdicts.older.space)}
      </>
    );
  if (!verdicts) return null;
  const { time, space, optimality } = verdicts;
  return (
    <>
      Time {estimate.time}: {time.verdict ? OWN_VERDICT_LABEL[time.verdict] : 'not scored'}
      {time.by === 'measurement' ? ` (measured ${COMPLEXITY_LABELS[time.measured.cls]})` : ''} ·
      Space {estimate.space}: {space.verdict ? OWN_VERDICT_LABEL[space.verdict] : 'not scored'} ·{' '}
      {optimality.known ? OPTIMALITY_LABEL[optimality.optimality] : 'Optimality unknown'}
    </>
  );
}
