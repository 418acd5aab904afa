import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';
import './shortcuts-dialog.css';

interface ShortcutsDialogProps {
  /** How to leave the code editor (the editor feature words it). */
  editorHint: string;
  onClose: () => void;
}

/** The "?" dialog: every shortcut and how to leave the editor. A native modal <dialog>. */
export function ShortcutsDialog({ editorHint, onClose }: ShortcutsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    dialog?.showModal();
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>{s.label}</td>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>This list</td>
            <td>
              <kbd>?</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <p>{editorHint} Ctrl stands for ⌘ on macOS.</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
