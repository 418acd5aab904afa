import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { problemSummaries } from '../../content/problem-bank';
import { assessmentLine, assessmentMarkdown } from '../../domain/assessment/assessment-report';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { scorecard } from '../../domain/assessment/scorecard';
import { formatElapsed } from '../../domain/round/round-timer';
import { verdictLines } from '../../domain/verdict/verdict-text';
import { assessmentRecords } from '../../store/assessment-records';
import '../../styles/history.css';
import { downloadFile } from './download-file';

type State =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; assessment: Assessment };

const titles = new Map(problemSummaries.map((p) => [p.slug, p.title]));
const titleOf = (slug: string) => titles.get(slug) ?? slug;

function AssessmentDetails({ assessment }: { assessment: Assessment }) {
  const card = scorecard(assessment, assessment.endedAt ?? assessment.startedAt);
  const day = new Date(assessment.savedAt ?? assessment.startedAt).toISOString().slice(0, 10);
  return (
    <>
      <p>{assessmentLine(assessment)}</p>
      <table>
        <caption className="visually-hidden">Per problem</caption>
        <thead>
          <tr>
            <th scope="col">Problem</th>
            <th scope="col">Visible tests</th>
            <th scope="col">Hidden tests</th>
            <th scope="col">Time spent</th>
            <th scope="col">Estimate and verdicts</th>
          </tr>
        </thead>
        <tbody>
          {card.problems.map((p, i) => {
            const estimate = assessment.problems[i]?.estimate;
            return (
              <tr key={p.slug}>
                <th scope="row">
                  <Link to={`/problems/${p.slug}`}>{titleOf(p.slug)}</Link>
                </th>
                <td>{`${p.visible.passed} of ${p.visible.total}`}</td>
                <td>{`${p.hidden.passed} of ${p.hidden.total}`}</td>
                <td>{formatElapsed(p.timeSpentMs)}</td>
                <td>
                  {estimate ? `${estimate.time} / ${estimate.space}` : '—'}
                  <ul className="verdict-lines">
                    {verdictLines(p.verdicts, 'assessment').map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          downloadFile(
            `mockround-assessment-${day}.md`,
            assessmentMarkdown(assessment, titleOf),
            'text/markdown',
          )
        }
      >
        Download as Markdown
      </button>
    </>
  );
}

/** `/history/assessments/:id`: one saved assessment, or a message when the id is unknown. */
export function SavedAssessmentPage() {
  const { id = '' } = useParams();
  const [loaded, setLoaded] = useState<{ id: string; state: State } | null>(null);
  const state: State = loaded?.id === id ? loaded.state : { status: 'loading' };
  useEffect(() => {
    let live = true;
    void Promise.resolve()
      .then(() => assessmentRecords().get(id))
      .then(
        (assessment) =>
          live &&
          setLoaded({
            id,
            state: assessment ? { status: 'ready', assessment } : { status: 'missing' },
          }),
        (error: unknown) =>
          live &&
          setLoaded({
            id,
            state: {
              status: 'failed',
              message: error instanceof Error ? error.message : String(error),
            },
          }),
      );
    return () => {
      live = false;
    };
  }, [id]);
  return (
    <div className="page history-page">
      <title>Assessment · MockRound</title>
      <p>
        <Link to="/history?show=assessments">Back to History</Link>
      </p>
      {state.status === 'ready' && <h1>Assessment</h1>}
      {state.status === 'loading' && <p role="status">Loading the assessment…</p>}
      {state.status === 'missing' && <h1>Assessment not found</h1>}
      {state.status === 'failed' && (
        <p className="round-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <AssessmentDetails assessment={state.assessment} />}
    </div>
  );
}
