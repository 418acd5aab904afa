import { useMemo, useState } from 'react';
import { Link, useLoaderData } from 'react-router';
import { summarizeAssessments } from '../../domain/history/assessment-summary';
import { readSavedAssessments, type SavedAssessments } from '../../store/assessment-records';
import { readSavedRounds, type SavedRounds } from '../../store/round-records';
import '../../styles/history.css';
import { ProgressCharts } from './progress-charts';
import { WhatNext } from './what-next';

export interface ProgressData {
  saved: SavedRounds;
  assessments: SavedAssessments;
}

/**
 * The dashboard's route loader: the summary of every saved round and the saved assessments. A
 * loader, not an effect, so that the reads start as the route is entered, not after first paint.
 */
export const progressLoader = async (): Promise<ProgressData> => {
  const [saved, assessments] = await Promise.all([readSavedRounds(), readSavedAssessments()]);
  return { saved, assessments };
};

/** What /progress shows while the app's first load reads the rounds. */
export function ProgressFallback() {
  return (
    <div className="page progress-page">
      <h1>Progress</h1>
      <p role="status">Loading your rounds…</p>
    </div>
  );
}

/** `/progress`: charts of the saved rounds and the suggested next problem. */
export function ProgressPage() {
  const { saved, assessments } = useLoaderData<typeof progressLoader>();
  // Read once per visit, so the suggestion does not change under the user.
  const [now] = useState(() => Date.now());
  // Each problem of a saved assessment counts as one timed attempt beside the rounds.
  const assessed = useMemo(
    () => (assessments.status === 'ready' ? summarizeAssessments(assessments.assessments) : []),
    [assessments],
  );
  const rounds = useMemo(
    () => (saved.status === 'ready' ? [...saved.rounds, ...assessed] : []),
    [saved, assessed],
  );
  const assessmentCount = new Set(assessed.map((s) => s.assessmentId)).size;
  return (
    <div className="page progress-page">
      <title>Progress · MockRound</title>
      <h1>Progress</h1>
      {saved.status === 'failed' && (
        <p className="round-error" role="alert">
          Your saved rounds could not be read ({saved.message}).
        </p>
      )}
      {assessments.status === 'failed' && (
        <p className="round-error" role="alert">
          Your saved assessments could not be read ({assessments.message}).
        </p>
      )}
      {saved.status === 'ready' && (
        <>
          <WhatNext rounds={rounds} now={now} />
          {assessed.length > 0 && (
            <p className="muted">
              {`Counted with your rounds: ${assessed.length} ${assessed.length === 1 ? 'problem' : 'problems'} from ${assessmentCount} saved ${assessmentCount === 1 ? 'assessment' : 'assessments'}, each as one timed attempt (the time chart shows rounds only: an assessment's problems share one countdown).`}
            </p>
          )}
          {rounds.length === 0 ? (
            <p className="muted">
              No saved rounds yet: the charts appear after your first round or assessment. See{' '}
              <Link to="/history">History</Link>.
            </p>
          ) : (
            <ProgressCharts rounds={rounds} />
          )}
        </>
      )}
    </div>
  );
}
