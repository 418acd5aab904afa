import type { CapturedConsole, ConsoleLine } from '../protocol';
import { formatValue } from './format-value';

export const CONSOLE_LIMITS = { lines: 200, chars: 20_000, lineChars: 2_000 } as const;

export interface ConsoleCapture {
  console: Record<ConsoleLine['level'] | 'table' | 'dir', (...args: unknown[]) => void>;
  /** Returns what was captured since the last take and starts afresh. */
  take(): CapturedConsole;
}

/**
 * A console whose output is kept, with caps on lines and characters so that a
 * loop printing a million lines stays cheap and readable.
 */
export function createConsoleCapture(limits = CONSOLE_LIMITS): ConsoleCapture {
  let lines: ConsoleLine[] = [];
  let chars = 0;
  let droppedLines = 0;

  const write =
    (level: ConsoleLine['level']) =>
    (...args: unknown[]) => {
      if (lines.length >= limits.lines || chars >= limits.chars) {
        droppedLines += 1;
        return;
      }
      let text = args.map((a) => (typeof a === 'string' ? a : formatValue(a))).join(' ');
      if (text.length > limits.lineChars) text = `${text.slice(0, limits.lineChars)}… (line cut)`;
      if (chars + text.length > limits.chars) text = text.slice(0, limits.chars - chars);
      chars += text.length;
      lines[lines.length] = { level, text };
    };

  return {
    console: {
      log: write('log'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
      debug: write('debug'),
      table: write('log'),
      dir: write('log'),
    },
    take() {
      const out: CapturedConsole = { lines };
      if (droppedLines > 0) {
        out.truncated = `${droppedLines} more console line${droppedLines === 1 ? '' : 's'} not shown (output is capped at ${limits.lines} lines / ${limits.chars} characters)`;
      }
      lines = [];
      chars = 0;
      droppedLines = 0;
      return out;
    },
  };
}
