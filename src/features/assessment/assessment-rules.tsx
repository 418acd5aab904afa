import { SUBMISSION_RULE } from '../../domain/assessment/assessment-start';
import type { AssessmentOptions } from '../../domain/assessment/assessment.schema';

/** The rule and the strict options in force, shown before the start and during the assessment. */
export function AssessmentRules({ options }: { options: AssessmentOptions }) {
  return (
    <ul className="assessment-rules">
      <li>
        <strong>Submission rule:</strong> {SUBMISSION_RULE}
      </li>
      <li>One countdown for every problem. There is no pause and there are no hints.</li>
      {options.blockPaste && (
        <li>
          <strong>Paste is blocked</strong> in the editor; each attempt is refused and counted.
        </li>
      )}
      {options.countFocusLoss && (
        <li>
          <strong>Focus loss is counted:</strong> leaving this tab or window is recorded with its
          time.
        </li>
      )}
    </ul>
  );
}
