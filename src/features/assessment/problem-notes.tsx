import { useId, useState } from 'react';
import type { AssessmentNote } from '../../domain/assessment/assessment.schema';
import { formatElapsed } from '../../domain/round/round-timer';

interface ProblemNotesProps {
  notes: AssessmentNote[];
  onAdd: (text: string) => void;
}

/** One problem's notes: written during the assessment, stamped with assessment time. */
export function ProblemNotes({ notes, onAdd }: ProblemNotesProps) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <section className="notes-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Notes</h2>
      {notes.length > 0 && (
        <ol className="notes-list" aria-label="Notes so far">
          {notes.map((note) => (
            <li key={note.id}>
              <span className="muted">{formatElapsed(note.atMs)}</span> {note.text}
            </li>
          ))}
        </ol>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          onAdd(text);
          setText('');
        }}
      >
        <label className="field" htmlFor={`${id}-note`}>
          New note
          <textarea
            id={`${id}-note`}
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={!text.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
