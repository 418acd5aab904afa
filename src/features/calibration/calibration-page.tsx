import { Link } from 'react-router';
import '../../styles/history.css';
import { ByClassFigure, ConfusionFigure, TrendFigure } from './calibration-charts';
import { useCalibrationData, type Calibration } from './use-calibration-data';

const percent = (right: number, total: number) =>
  total ? `${Math.round((right / total) * 100)} %` : '—';

function Accuracy({ data }: { data: Calibration }) {
  return (
    <>
      <p className="muted">
        Right about your own code: time against its measured growth (or your own score when the
        measurement was inconclusive), space by your own score (space is not measured).
      </p>
      <dl className="round-facts">
        <div>
          <dt>Time estimates right</dt>
          <dd>
            {percent(data.timeRight, data.timeJudged)} ({data.timeRight} of {data.timeJudged})
          </dd>
        </div>
        <div>
          <dt>Space estimates right</dt>
          <dd>
            {percent(data.spaceRight, data.spaceJudged)} ({data.spaceRight} of {data.spaceJudged})
          </dd>
        </div>
      </dl>
      {data.older > 0 && (
        <p className="muted">
          {data.older} older {data.older === 1 ? 'estimate was' : 'estimates were'} judged against
          the reference, not your code, and {data.older === 1 ? 'is' : 'are'} not counted.
        </p>
      )}
    </>
  );
}

/** `/calibration`: how often the candidate's Big-O estimates were right about their own code, over time. */
export function CalibrationPage() {
  const state = useCalibrationData();
  return (
    <div className="page calibration-page">
      <h1>Calibration</h1>
      {state.status === 'loading' && <p role="status">Loading your rounds and assessments…</p>}
      {state.status === 'error' && <p role="alert">Could not read your rounds: {state.message}</p>}
      {state.status === 'ready' && state.data.timeJudged + state.data.spaceJudged === 0 && (
        <p>
          No estimates to look at yet. Finish a round or an assessment and reveal it: your time and
          space estimates are judged against your own code here. <Link to="/">Pick a problem</Link>
        </p>
      )}
      {state.status === 'ready' && state.data.assessmentProblems > 0 && (
        <p className="muted">
          Counted with your rounds: {state.data.assessmentProblems}{' '}
          {state.data.assessmentProblems === 1 ? 'problem' : 'problems'} from{' '}
          {state.data.assessments} saved{' '}
          {state.data.assessments === 1 ? 'assessment' : 'assessments'}.
        </p>
      )}
      {state.status === 'ready' && state.data.timeJudged + state.data.spaceJudged > 0 && (
        <>
          <section aria-labelledby="accuracy-heading">
            <h2 id="accuracy-heading">How often your estimates were right</h2>
            <Accuracy data={state.data} />
          </section>
          <section aria-labelledby="trend-heading" className="calibration-charts">
            <h2 id="trend-heading">Trend</h2>
            <TrendFigure weeks={state.data.weeks} />
            {state.data.byClass.length > 0 && <ByClassFigure byClass={state.data.byClass} />}
          </section>
          <section aria-labelledby="confusions-heading" className="calibration-charts">
            <h2 id="confusions-heading">Most common confusions</h2>
            {state.data.confusions.length === 0 ? (
              <p>No wrong estimates so far.</p>
            ) : (
              <>
                <ul>
                  {state.data.confusions.map((c) => (
                    <li key={`${c.dimension} ${c.said} ${c.actual}`}>
                      {c.text} <span className="muted">({c.count}×)</span>
                    </li>
                  ))}
                </ul>
                <ConfusionFigure confusions={state.data.confusions} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
