import { StartAssessmentPage } from '../features/assessment/start-assessment-page';
import '../styles/assessment.css';

/** `/assessment/new`: choose the problems and options of a new assessment. */
export function AssessmentNewRoute() {
  return <StartAssessmentPage />;
}
