import { useId, useState, type FormEvent } from 'react';
import {
  CUSTOM_INPUT_MAX_CHARS,
  parseCustomInput,
  type CustomCase,
} from '../../domain/problem/custom-case';
import type { ProblemPage } from '../../domain/problem/problem-parts';
import { referenceAnswer } from './reference-answer';

interface CustomCaseEditorProps {
  problem: ProblemPage;
  onSave: (item: CustomCase) => void;
  onCancel: () => void;
}

const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * The arguments of a new custom case: one JSON field per parameter, labelled with its
 * name and type, the visible cases offered as examples. Saving checks the input and asks
 * the reference solution for the expected value; nothing invalid is saved or run.
 */
export function CustomCaseEditor({ problem, onSave, onCancel }: CustomCaseEditorProps) {
  const { params } = problem.entry;
  const [fields, setFields] = useState<string[]>(() => params.map(() => ''));
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const examples = problem.tests.cases.filter((c) => !c.hidden).slice(0, 5);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCustomInput(problem.entry, fields);
    if (!parsed.ok) {
      setMessage(parsed.message);
      return;
    }
    setBusy(true);
    setMessage(null);
    const answer = await referenceAnswer(problem.slug, parsed.args);
    setBusy(false);
    if (!answer.ok) {
      setMessage(answer.message);
      return;
    }
    onSave({ id: newId(), args: parsed.args, expected: answer.expected });
  };

  return (
    <form
      className="custom-case-editor"
      aria-label="New test case"
      onSubmit={(e) => void submit(e)}
    >
      <p className="custom-case-hint">
        One JSON value per argument (at most {CUSTOM_INPUT_MAX_CHARS.toLocaleString('en')}{' '}
        characters in all). The expected value comes from the reference solution.
      </p>
      {examples.length > 0 && (
        <div className="custom-case-examples" role="group" aria-label="Examples">
          {examples.map((example) => (
            <button
              key={example.name}
              type="button"
              onClick={() => setFields(example.args.map((arg) => JSON.stringify(arg)))}
            >
              Copy example “{example.name}”
            </button>
          ))}
        </div>
      )}
      {params.map((param, i) => (
        <div className="custom-case-field" key={param.name}>
          <label htmlFor={`${id}-${i}`}>
            {param.name}: <code>{param.type}</code>
          </label>
          <textarea
            id={`${id}-${i}`}
            rows={2}
            spellCheck={false}
            value={fields[i] ?? ''}
            onChange={(e) =>
              setFields((current) => current.map((f, j) => (j === i ? e.target.value : f)))
            }
          />
        </div>
      ))}
      <div role="status" aria-live="polite" className="custom-case-status">
        {busy ? 'Asking the reference solution for the expected value…' : ''}
      </div>
      {message && (
        <p role="alert" className="custom-case-error">
          {message}
        </p>
      )}
      <div className="custom-case-actions">
        <button type="submit" disabled={busy}>
          Save test case
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
