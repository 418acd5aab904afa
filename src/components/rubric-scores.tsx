import {
  describeScore,
  RUBRIC_AREAS,
  RUBRIC_LABELS,
  summarizeRubric,
  type Rubric,
} from '../domain/pair/rubric';
import './rubric-scores.css';

/** An interviewer's rubric as a table (area, score with its meaning, notes) and a summary line. */
export function RubricScores({ rubric, caption }: { rubric: Rubric; caption: string }) {
  const { average, lowest } = summarizeRubric(rubric);
  return (
    <div className="rubric-scores">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Score</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {RUBRIC_AREAS.map((area) => (
            <tr key={area}>
              <th scope="row">{RUBRIC_LABELS[area]}</th>
              <td>{describeScore(rubric[area].score)}</td>
              <td>{rubric[area].notes.trim() || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rubric-summary">
        Average {average}/4; weakest: {lowest.map((area) => RUBRIC_LABELS[area]).join(', ')}.
      </p>
    </div>
  );
}
