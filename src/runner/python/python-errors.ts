import type { ErrorInfo } from '../protocol';

/** The file name user code is compiled under; only its frames are shown. */
export const USER_FILE = 'solution.py';

export interface PyFrame {
  file: string;
  line: number;
  column: number;
  name: string;
  source: string;
}

/** An error as the Python harness describes it, before the harness frames are removed. */
export interface PyError extends ErrorInfo {
  frames?: PyFrame[];
}

/** A recursion 1,000 deep is shown like Python shows it: a few frames and a repeat count. */
const SHOWN_REPEATS = 3;

function formatFrames(frames: readonly PyFrame[]): string[] {
  const out: string[] = [];
  let previous = '';
  let repeats = 0;
  const flush = () => {
    if (repeats > SHOWN_REPEATS)
      out.push(
        `  [Previous line repeated ${repeats - SHOWN_REPEATS} more time${repeats - SHOWN_REPEATS === 1 ? '' : 's'}]`,
      );
  };
  for (const f of frames) {
    const key = `${f.line}:${f.name}`;
    repeats = key === previous ? repeats + 1 : (flush(), 1);
    previous = key;
    if (repeats > SHOWN_REPEATS) continue;
    out.push(`  File "${f.file}", line ${f.line}, in ${f.name}`);
    if (f.source) out.push(`    ${f.source}`);
  }
  flush();
  return out;
}

/**
 * The error as the results panel shows it: a Python traceback with the user's frames only
 * (the harness's own frames say nothing about the user's bug), located at the last of them.
 */
export function toErrorInfo(error: PyError): ErrorInfo {
  const { frames = [], ...rest } = error;
  const info: ErrorInfo = { ...rest };
  const own = frames.filter((f) => f.file === USER_FILE);
  const last = own[own.length - 1];
  if (last && !info.location) info.location = { line: last.line, column: last.column };
  if (own.length > 0) {
    info.traceback = [
      'Traceback (most recent call last):',
      ...formatFrames(own),
      `${error.name}: ${error.message}`,
    ].join('\n');
  }
  return info;
}
