import { formatClock, formatElapsed } from '../round/round-timer';
import { verdictLines } from '../verdict/verdict-text';
import type { Assessment } from './assessment.schema';
import { scorecard } from './scorecard';

/** One line for lists: "2 of 3 problems solved · 41:10 of 60:00". */
export function assessmentLine(a: Assessment): string {
  const card = scorecard(a, a.endedAt ?? a.startedAt);
  return `${card.totals.solved} of ${a.problems.length} problems solved · ${formatElapsed(card.timeUsedMs)} of ${formatClock(a.durationMs)}`;
}

/**
 * A saved assessment as Markdown: per problem its tests, time, runs, estimate with its verdicts
 * (about the candidate's own code; older assessments: against the reference) and final code. `titleOf` names a slug.
 */
export function assessmentMarkdown(a: Assessment, titleOf: (slug: string) => string): string {
  const card = scorecard(a, a.endedAt ?? a.startedAt);
  const when = new Date(a.savedAt ?? a.startedAt).toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    `# Assessment, ${when} UTC`,
    '',
    `- ${assessmentLine(a)}${a.endReason === 'time-up' ? ' (time ran out)' : ''}`,
    `- Tests passed: ${card.totals.all.passed} of ${card.totals.all.total}`,
    `- Paste attempts: ${card.pasteAttempts.count}; focus losses: ${card.focusLosses.count}`,
  ];
  a.problems.forEach((work, i) => {
    const score = card.problems[i];
    if (!score) return;
    const { estimate } = work;
    const code = work.submission ?? { code: work.code, language: work.language };
    lines.push(
      '',
      `## ${i + 1}. ${titleOf(work.slug)}${score.solved ? ' (solved)' : ''}`,
      '',
      `- Visible tests: ${score.visible.passed} of ${score.visible.total}; hidden: ${score.hidden.passed} of ${score.hidden.total}`,
      `- Time spent: ${formatElapsed(score.timeSpentMs)}; runs: ${score.runs}`,
      estimate ? `- Estimate: time ${estimate.time}, space ${estimate.space}` : '- Estimate: —',
      ...verdictLines(score.verdicts, 'assessment').map((line) => `  - ${line}`),
      '',
      '```' + (code.language === 'py' ? 'python' : code.language),
      code.code,
      '```',
    );
  });
  return `${lines.join('\n')}\n`;
}
