/**
 * Text from solution or problem code made safe to print on one line of a
 * terminal: newlines, carriage returns, escape sequences and other control
 * characters are shown escaped, so such text can never start a line of its own
 * (a forged "judge: 15 passed, 0 failed") or move the cursor over real output.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
