import { useId, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { Note, Phase } from '../../domain/round/round.schema';
import { newId } from './new-id';
import { PHASE_STEPS } from './round-format';
import { useRoundDispatch } from './use-round-store';
import { formatElapsed } from '../../domain/round/round-timer';

const phaseLabel = (phase: Phase) => PHASE_STEPS.find((s) => s.phase === phase)?.label ?? phase;

/** One note: its round time, the phase, the prompt it answers (if any) and the text. */
function NoteItem({ note }: { note: Note }) {
  return (
    <li className="note">
      <div className="note-meta">
        <span className="note-time">
          <span className="visually-hidden">At round time </span>
          {formatElapsed(note.atMs)}
        </span>
        <span className="note-phase">{phaseLabel(note.phase)}</span>
      </div>
      {note.prompt && <p className="note-prompt">{note.prompt}</p>}
      <p className="note-text">{note.text}</p>
    </li>
  );
}

/** The round's notes, each stamped with the round time, and a box to add one (think aloud). */
export function NotesPanel({ notes }: { notes: readonly Note[] }) {
  const dispatch = useRoundDispatch();
  const [text, setText] = useState('');
  const headingId = useId();
  const fieldId = useId();

  const add = () => {
    if (!text.trim()) return;
    if (dispatch({ type: 'add-note', id: newId(), text }) === null) setText('');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add();
  };
  // Ctrl/Cmd+Enter adds the note without leaving the keyboard; Enter alone makes a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      add();
    }
  };

  return (
    <section className="round-card notes-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Notes</h2>
      {notes.length === 0 ? (
        <p className="muted">Think aloud: your notes appear here with the round time.</p>
      ) : (
        <ol className="note-list" aria-label="Notes so far">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} />
          ))}
        </ol>
      )}
      <form className="note-form" onSubmit={onSubmit}>
        <label htmlFor={fieldId}>New note</label>
        <textarea
          id={fieldId}
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          data-shortcut="note"
        />
        <button type="submit" className="button" disabled={!text.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
