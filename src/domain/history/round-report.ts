import { describeScore, RUBRIC_AREAS, RUBRIC_LABELS, summarizeRubric } from '../pair/rubric';
import type { Round } from '../round/round.schema';
import { olderText, optimalityText, spaceText, timeText } from '../verdict/verdict-text';
import { verdictsOf } from '../verdict/work-verdicts';
import { customCaseLines } from './custom-case-report';
import { roundOutcome, timeUsedMs } from './round-facts';
import { formatElapsed } from '../round/round-timer';

export interface ReportContext {
  /** The problem as the bank has it; without it the slug stands in for the title. */
  problem?: {
    title: string;
    complexity?: { time: string; space: string };
    /** The entry's parameter names, to label the arguments of custom cases. */
    params?: readonly string[];
  };
  /** Formats an instant; default "2024-01-02 14:05 UTC". The UI can pass the user's locale. */
  formatDate?: (ms: number) => string;
}

const utcDate = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const cell = (text: string | undefined) =>
  text?.trim() ? text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ') : '—';
/** Continuation lines indented so that a multi-line text stays inside its list item. */
const indent = (text: string) => text.trim().replace(/\n/g, '\n  ');

function outcomeLine(round: Round): string {
  const result =
    round.reveal ?? round.runs.findLast((r) => r.mode === 'submit') ?? round.runs.at(-1);
  if (!result)
    return roundOutcome(round) === 'abandoned'
      ? 'Abandoned before any run'
      : 'Failed (no tests run)';
  const total = result.passed + result.failed;
  const tests = `${result.passed} of ${total} tests passed`;
  switch (roundOutcome(round)) {
    case 'abandoned':
      return `Abandoned (last run: ${tests})`;
    case 'passed':
      return `Passed all ${total} tests`;
    case 'partial':
      return `Partly passed (${tests})`;
    case 'failed':
      return `Failed (${tests}${result.status !== 'done' ? `; ${result.status}` : ''})`;
  }
}

/** The interviewer's scores (pair practice): one row per area, then the average and weakest. */
function rubricLines(rubric: Round['rubric']): string[] {
  if (!rubric) return [];
  const { average, lowest } = summarizeRubric(rubric);
  return [
    '## Rubric',
    '',
    '| Area | Score | Notes |',
    '| --- | --- | --- |',
    ...RUBRIC_AREAS.map((area) => {
      const { score, notes } = rubric[area];
      return `| ${RUBRIC_LABELS[area]} | ${describeScore(score)} | ${cell(notes)} |`;
    }),
    '',
    `Average ${average}/4; weakest: ${lowest.map((area) => RUBRIC_LABELS[area]).join(', ')}.`,
    '',
  ];
}

function complexityLines(round: Round, context: ReportContext): string[] {
  const verdicts = verdictsOf(round);
  const reference = round.reveal?.reference ?? context.problem?.complexity;
  const growth = round.growth;
  if (!round.estimate && !reference) return [];
  const measuredTime = growth
    ? growth.best
      ? `O(${growth.best}), ${Math.round(growth.confidence * 100)} % confidence`
      : 'could not measure'
    : 'not measured';
  const reasoning = round.estimate?.reason.trim()
    ? [`Reasoning: ${indent(round.estimate.reason)}`, '']
    : [];
  if (verdicts?.kind === 'older') {
    return [
      '## Complexity',
      '',
      '| | Estimate | Reference | Verdict |',
      '| --- | --- | --- | --- |',
      `| Time | ${cell(round.estimate?.time)} | ${cell(reference?.time)} | ${olderText(verdicts.older.time)} |`,
      `| Space | ${cell(round.estimate?.space)} | ${cell(reference?.space)} | ${olderText(verdicts.older.space)} |`,
      '',
      ...reasoning,
    ];
  }
  return [
    '## Complexity',
    '',
    '| | Estimate | Your code (measured) | Reference |',
    '| --- | --- | --- | --- |',
    `| Time | ${cell(round.estimate?.time)} | ${cell(measuredTime)} | ${cell(reference?.time)} |`,
    `| Space | ${cell(round.estimate?.space)} | not measured | ${cell(reference?.space)} |`,
    '',
    ...(verdicts
      ? [
          '**Is your estimate right about your code?**',
          '',
          `- Time: ${indent(timeText(verdicts.time))}`,
          `- Space: ${indent(spaceText(verdicts.space))}`,
          '',
          `**Is your code as good as it gets?** ${indent(optimalityText(verdicts.optimality))}`,
          '',
        ]
      : []),
    ...reasoning,
  ];
}

/** A fence longer than any backtick run in the code, so the code cannot close it early. */
function fenced(code: string, language: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code.replace(/\n$/, '')}\n${fence}`;
}

/** A Markdown report of one round, to share with a mentor. Pure: the same round gives the same text. */
export function roundReport(round: Round, context: ReportContext = {}): string {
  const when = (context.formatDate ?? utcDate)(round.startedAt);
  const timeUp = round.endReason === 'time-up' ? ' (time ran out)' : '';
  const hints = round.hintsUsed
    .map((h) => `hint ${h.index + 1} at ${formatElapsed(h.atMs)}`)
    .join(', ');
  const recap = round.recap;
  return [
    `# ${context.problem?.title ?? round.problemSlug} — ${round.mode} round`,
    '',
    `- **Date:** ${when}`,
    `- **Mode:** ${round.mode}`,
    `- **Time used:** ${formatElapsed(timeUsedMs(round))} of ${formatElapsed(round.durationMs)}${timeUp}`,
    `- **Outcome:** ${outcomeLine(round)}`,
    `- **Hints used:** ${hints || 'none'}`,
    ...(round.reveal?.selfScore ? [`- **Self-score:** ${round.reveal.selfScore}`] : []),
    '',
    '## Notes',
    '',
    ...(round.notes.length
      ? round.notes.map(
          (n) =>
            `- **${formatElapsed(n.atMs)}** (${n.phase}${n.prompt ? `, prompt: ${n.prompt}` : ''}) ${indent(n.text)}`,
        )
      : ['_No notes._']),
    '',
    '## Runs',
    '',
    ...(round.runs.length
      ? [
          '| Time | Kind | Status | Passed | Failed |',
          '| --- | --- | --- | --- | --- |',
          ...round.runs.map(
            (r) =>
              `| ${formatElapsed(r.atMs)} | ${r.mode} | ${cell(r.status)} | ${r.passed} | ${r.failed} |`,
          ),
        ]
      : ['_No runs._']),
    '',
    ...customCaseLines(round, context.problem?.params),
    ...complexityLines(round, context),
    ...rubricLines(round.rubric),
    ...(recap
      ? [
          '## Recap',
          '',
          `- **Went well:** ${indent(recap.wentWell)}`,
          `- **To improve:** ${indent(recap.toImprove)}`,
          `- **Next step:** ${indent(recap.nextStep)}`,
          `- **Feeling:** ${recap.feeling}/5${recap.feelingNote.trim() ? ` — ${indent(recap.feelingNote)}` : ''}`,
          '',
        ]
      : []),
    '## Final code',
    '',
    fenced(round.code, round.language),
    '',
  ].join('\n');
}
