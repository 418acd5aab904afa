import { RubricScores } from '../../components/rubric-scores';
import { roundOutcome, timeUsedMs } from '../../domain/history/round-facts';
import { roundReport } from '../../domain/history/round-report';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Round } from '../../domain/round/round.schema';
import { CodeCompare } from './code-compare';
import { referenceFor } from '../../domain/problem/languages';
import { downloadFile } from './download-file';
import { paramNames } from '../../domain/problem/custom-case-text';
import { RoundCustomCases } from './round-custom-cases';
import { RoundEstimates } from './round-estimates';
import { RoundTimeline } from './round-timeline';
import { formatElapsed } from '../../domain/round/round-timer';

/** Everything about one saved round: code against the reference, timeline, estimates, recap, report. */
export function RoundDetails({ round, problem }: { round: Round; problem: Problem | undefined }) {
  const title = problem?.title ?? round.problemSlug;
  const download = () => {
    const report = roundReport(round, {
      ...(problem
        ? {
            problem: {
              title: problem.title,
              complexity: problem.complexity,
              params: paramNames(problem),
            },
          }
        : {}),
    });
    const day = new Date(round.startedAt).toISOString().slice(0, 10);
    downloadFile(`mockround-${round.problemSlug}-${day}.md`, report, 'text/markdown');
  };
  return (
    <>
      <h1>{title}</h1>
      <ul className="round-facts">
        <li>Date: {new Date(round.startedAt).toLocaleString()}</li>
        <li>Mode: {round.mode}</li>
        <li>
          Time used: {formatElapsed(timeUsedMs(round))} of {formatElapsed(round.durationMs)}
          {round.endReason === 'time-up' ? ' (time ran out)' : ''}
        </li>
        <li>Outcome: {roundOutcome(round)}</li>
        <li>
          Hints used:{' '}
          {round.hintsUsed.length
            ? round.hintsUsed
                .map((h) => `hint ${h.index + 1} at ${formatElapsed(h.atMs)}`)
                .join(', ')
            : 'none'}
        </li>
        <li>Self-score: {round.reveal?.selfScore ?? 'not given'}</li>
      </ul>
      <button type="button" onClick={download}>
        Download report
      </button>
      <h2>Code</h2>
      <CodeCompare
        code={round.code}
        language={round.language}
        reference={problem && referenceFor(problem, round.language)}
        scope={round.id}
      />
      <RoundCustomCases round={round} {...(problem ? { problem } : {})} />
      <h2>Timeline</h2>
      <RoundTimeline round={round} />
      <h2>Complexity</h2>
      <RoundEstimates round={round} {...(problem ? { reference: problem.complexity } : {})} />
      {round.estimate?.reason.trim() && <p>Your reasoning: {round.estimate.reason}</p>}
      {round.rubric && (
        <>
          <h2>Interviewer rubric</h2>
          <RubricScores rubric={round.rubric} caption="Scores from the pair practice interviewer" />
        </>
      )}
      <h2>Recap</h2>
      {round.recap ? (
        <dl className="round-recap">
          <dt>Went well</dt>
          <dd>{round.recap.wentWell || '—'}</dd>
          <dt>To improve</dt>
          <dd>{round.recap.toImprove || '—'}</dd>
          <dt>Next step</dt>
          <dd>{round.recap.nextStep || '—'}</dd>
          <dt>Feeling</dt>
          <dd>
            {round.recap.feeling}/5{round.recap.feelingNote ? ` — ${round.recap.feelingNote}` : ''}
          </dd>
        </dl>
      ) : (
        <p className="muted">No recap was saved for this round.</p>
      )}
    </>
  );
}
