// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useGlobalShortcuts } from './use-global-shortcuts';

function Page({ onHelp, onRun, onStop, onNext }: Record<string, () => void>) {
  useGlobalShortcuts(onHelp ?? (() => {}));
  return (
    <div>
      <button type="button" data-shortcut="run" onClick={onRun}>
        Run
      </button>
      <button type="button" data-shortcut="stop" disabled onClick={onStop}>
        Stop
      </button>
      <div hidden>
        <button type="button" data-shortcut="next" onClick={onNext}>
          Hidden next
        </button>
      </div>
      <textarea aria-label="New note" data-shortcut="note" />
      <input aria-label="Search" />
    </div>
  );
}

describe('useGlobalShortcuts', () => {
  it('presses the shown, enabled control of a shortcut and focuses a field', () => {
    const onRun = vi.fn();
    const onStop = vi.fn();
    const onNext = vi.fn();
    render(<Page onRun={onRun} onStop={onStop} onNext={onNext} />);
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    expect(onRun).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'S', code: 'KeyS', altKey: true, shiftKey: true });
    expect(onStop).not.toHaveBeenCalled(); // disabled
    fireEvent.keyDown(document.body, { key: 'Enter', altKey: true, shiftKey: true });
    expect(onNext).not.toHaveBeenCalled(); // hidden
    fireEvent.keyDown(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveFocus();
  });

  it('leaves Ctrl+Enter to a text field, and "?" typed in a field is only a character', () => {
    const onRun = vi.fn();
    const onHelp = vi.fn();
    render(<Page onRun={onRun} onHelp={onHelp} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'New note' }), {
      key: 'Enter',
      ctrlKey: true,
    });
    expect(onRun).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Search' }), { key: '?' });
    expect(onHelp).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: '?' });
    expect(onHelp).toHaveBeenCalledTimes(1);
  });
});
