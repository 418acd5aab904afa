/** What the hand-over needs of Monaco's editor (a structural subset, so tests can fake it). */
export interface HandOverEditor {
  getModel(): {
    getValue(): string;
    setValue(value: string): void;
    getPositionAt(offset: number): { lineNumber: number; column: number };
  } | null;
  setSelection(range: {
    selectionStartLineNumber: number;
    selectionStartColumn: number;
    positionLineNumber: number;
    positionColumn: number;
  }): void;
  revealPositionInCenterIfOutsideViewport(position: { lineNumber: number; column: number }): void;
  focus(): void;
}

/**
 * Moves the user from the plain text area to Monaco in one task, so no keystroke can fall in
 * between: Monaco gets the text area's text (anything typed after Monaco read the draft), its
 * selection, and the focus if the text area had it.
 */
export function handOver(plain: HTMLTextAreaElement, editor: HandOverEditor): void {
  const model = editor.getModel();
  if (!model) return;
  if (model.getValue() !== plain.value) model.setValue(plain.value);
  if (document.activeElement !== plain) return;
  const backwards = plain.selectionDirection === 'backward';
  const anchor = model.getPositionAt(backwards ? plain.selectionEnd : plain.selectionStart);
  const head = model.getPositionAt(backwards ? plain.selectionStart : plain.selectionEnd);
  editor.setSelection({
    selectionStartLineNumber: anchor.lineNumber,
    selectionStartColumn: anchor.column,
    positionLineNumber: head.lineNumber,
    positionColumn: head.column,
  });
  editor.revealPositionInCenterIfOutsideViewport(head);
  editor.focus();
}
