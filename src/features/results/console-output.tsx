import type { CapturedConsole } from '../../runner/protocol';

/** What the user's code printed during one test, with the truncation notice when output was capped. */
export function ConsoleOutput({ output }: { output: CapturedConsole }) {
  if (output.lines.length === 0 && !output.truncated) return null;
  return (
    <div className="console-output">
      <div className="field-label">Console</div>
      <pre className="value">
        {output.lines.map((line, i) => (
          <div key={i} className={`console-line console-${line.level}`}>
            {line.level !== 'log' && <span className="console-level">[{line.level}] </span>}
            {line.text}
          </div>
        ))}
      </pre>
      {output.truncated && <p className="console-truncated">{output.truncated}</p>}
    </div>
  );
}
