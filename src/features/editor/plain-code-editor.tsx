import type { KeyboardEvent, Ref } from 'react';
import { LEAVE_EDITOR_HINT } from '../../lib/tab-exit';

export interface PlainCodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRunShortcut: () => void;
  onSelection?: (selection: { anchor: number; head: number }) => void;
  readOnly: boolean;
  fontSize: number;
  tabSize: number;
  wordWrap: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * The code as a plain text area, shown (and typed into) until Monaco has loaded: the page paints
 * and takes keystrokes without waiting for Monaco's several MB. Tab leaves it, as it leaves any
 * field; Ctrl/Cmd+Enter runs the tests, as in Monaco.
 */
export function PlainCodeEditor({
  value,
  onChange,
  onRunShortcut,
  onSelection,
  readOnly,
  fontSize,
  tabSize,
  wordWrap,
  ref,
}: PlainCodeEditorProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRunShortcut();
    }
  };
  return (
    <textarea
      ref={ref}
      className="plain-code-editor"
      aria-label={`Code editor. ${LEAVE_EDITOR_HINT}`}
      value={value}
      readOnly={readOnly}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap={wordWrap ? 'soft' : 'off'}
      style={{ fontSize, tabSize }}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      onSelect={(event) => {
        const { selectionStart, selectionEnd, selectionDirection } = event.currentTarget;
        const backwards = selectionDirection === 'backward';
        onSelection?.({
          anchor: backwards ? selectionEnd : selectionStart,
          head: backwards ? selectionStart : selectionEnd,
        });
      }}
    />
  );
}
