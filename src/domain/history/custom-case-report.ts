import { customCaseName } from '../problem/custom-case';
import { argsText, CASE_STATUS_TEXT, valueText } from '../problem/custom-case-text';
import type { Round } from '../round/round.schema';
import { formatElapsed } from '../round/round-timer';

/** Inline code that a backtick in the value cannot close early (CommonMark code spans). */
export function inlineCode(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * The report's "Your test cases" section: each case the candidate added, the reference's answer
 * and the last Run's result on it. Nothing for a round without custom cases.
 */
export function customCaseLines(round: Round, params: readonly string[] = []): string[] {
  const cases = round.customCases ?? [];
  if (cases.length === 0) return [];
  return [
    '## Your test cases',
    '',
    ...cases.map((item, i) => {
      const last = item.last;
      const result = last
        ? `${CASE_STATUS_TEXT[last.status]}${last.actual === undefined ? '' : `, got ${inlineCode(last.actual)}`} (run at ${formatElapsed(last.atMs)})`
        : 'no Run result recorded';
      return `- **${customCaseName(i)}** ${inlineCode(argsText(item.args, params))} — expected (reference) ${inlineCode(valueText(item.expected))}; last run: ${result}`;
    }),
    '',
  ];
}
