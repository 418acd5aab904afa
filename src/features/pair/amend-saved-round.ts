import type { Rubric } from '../../domain/pair/rubric';
import { roundRecords } from '../../store/round-records';

/**
 * Adds the interviewer's scores to a round already saved to the records (the candidate saved
 * the recap before the rubric reached it). False while the record is not there yet.
 */
export async function amendSavedRound(roundId: string, rubric: Rubric): Promise<boolean> {
  const round = await roundRecords().get(roundId);
  if (!round) return false;
  await roundRecords().save({ ...round, rubric });
  return true;
}
