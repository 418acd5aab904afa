import type { Mutant } from './mutant';

const MAX_LINES = 6;

function clip(lines: string[], mark: string): string[] {
  const shown = lines.slice(0, MAX_LINES).map((l) => `${mark} ${l}`);
  if (lines.length > MAX_LINES) shown.push(`${mark} … ${lines.length - MAX_LINES} more lines`);
  return shown;
}

/**
 * A mutant as a small diff against the reference: its location and mutator, then the
 * reference lines it touches (-) and the same lines mutated (+).
 */
export function mutantDiff(mutant: Mutant, reference: string, file: string): string {
  const first = mutant.line - 1;
  const before = reference.split('\n');
  const after = mutant.code.split('\n');
  const removed = before.slice(first, first + mutant.original.split('\n').length);
  const added = after.slice(first, first + mutant.replacement.split('\n').length);
  return [
    `${file}:${mutant.line}:${mutant.column}-${mutant.endLine}:${mutant.endColumn} ${mutant.mutator}`,
    ...clip(removed, '-'),
    ...clip(added, '+'),
  ].join('\n');
}
