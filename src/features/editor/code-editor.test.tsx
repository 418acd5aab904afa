// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../store/app-store';
import { readDraft, useDraft } from '../../store/selectors';
import type { HandOverEditor } from './hand-over';
import type { MonacoCodeEditorProps } from './monaco-code-editor';
import { CodeEditor } from './code-editor';

/** Stands in for Monaco's chunk: records when it is imported and mounts when the test says. */
const fake = vi.hoisted(() => ({
  imported: false,
  mount: null as null | (() => void),
  model: { value: '' },
  selection: null as null | Record<string, number>,
}));

vi.mock('./monaco-code-editor', () => {
  fake.imported = true;
  function FakeMonaco({
    slug,
    language,
    starter,
    onReady,
  }: MonacoCodeEditorProps & { onReady?: (editor: HandOverEditor) => void }) {
    const draft = useDraft(slug, language, starter);
    // Like Monaco, the model holds the text as it was when the editor was created.
    useState(() => (fake.model.value = draft));
    const editor: HandOverEditor = {
      getModel: () => ({
        getValue: () => fake.model.value,
        setValue: (value) => (fake.model.value = value),
        getPositionAt: (offset) => {
          const lines = fake.model.value.slice(0, offset).split('\n');
          return { lineNumber: lines.length, column: lines.at(-1)!.length + 1 };
        },
      }),
      setSelection: (range) => (fake.selection = range),
      revealPositionInCenterIfOutsideViewport: () => {},
      focus: () => document.getElementById('fake-monaco')?.focus(),
    };
    fake.mount = () => onReady?.(editor);
    return <div id="fake-monaco" tabIndex={-1} data-testid="monaco" />;
  }
  return { default: FakeMonaco };
});

const STARTER = 'function add(a, b) {\n}';
const props = { slug: 'add-two', language: 'js' as const, starter: STARTER };
const plainEditor = () => screen.getByRole('textbox', { name: /^Code editor/ });

beforeEach(async () => {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  useAppStore.getState().resetDraft('add-two', 'js');
  useAppStore.getState().updateSettings({ vimMode: false });
});

describe('CodeEditor before and after Monaco', () => {
  it('shows the draft in a plain editor at once and does not load Monaco until reached for', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn();
    render(<CodeEditor {...props} onRunShortcut={onRun} />);
    expect(plainEditor()).toHaveValue(STARTER);

    await user.type(plainEditor(), '{Control>}{Enter}{/Control}', { skipClick: true });
    expect(onRun).not.toHaveBeenCalled(); // not focused: the keys went nowhere
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.imported).toBe(false);
    expect(screen.queryByTestId('monaco')).not.toBeInTheDocument();
  });

  it('keeps what was typed while Monaco loads and hands over text, cursor and focus', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn();
    render(<CodeEditor {...props} onRunShortcut={onRun} />);
    await user.click(plainEditor()); // reaching for the editor starts loading Monaco
    await user.keyboard('{Control>}{End}{/Control}\n// one');
    await screen.findByTestId('monaco');
    await user.keyboard(' two'); // typed after Monaco read the draft, before it is ready
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onRun).toHaveBeenCalledTimes(1);
    const typed = `${STARTER}\n// one two`;
    expect(readDraft('add-two', 'js', STARTER)).toBe(typed);

    act(() => fake.mount!());
    expect(screen.queryByRole('textbox', { name: /^Code editor/ })).not.toBeInTheDocument();
    expect(fake.model.value).toBe(typed);
    expect(fake.selection).toEqual({
      selectionStartLineNumber: 3,
      selectionStartColumn: 11,
      positionLineNumber: 3,
      positionColumn: 11,
    });
    expect(screen.getByTestId('monaco')).toHaveFocus();
  });

  it('does not move the focus into Monaco when the user has left the editor', async () => {
    const user = userEvent.setup();
    render(
      <>
        <CodeEditor {...props} onRunShortcut={() => {}} />
        <button type="button">Run</button>
      </>,
    );
    await user.click(plainEditor());
    await user.tab();
    await screen.findByTestId('monaco');
    act(() => fake.mount!());
    expect(screen.getByRole('button', { name: 'Run' })).toHaveFocus();
  });

  it('with Vim mode on, loads Monaco at once and takes no keystrokes as text meanwhile', async () => {
    useAppStore.getState().updateSettings({ vimMode: true });
    const user = userEvent.setup();
    render(<CodeEditor {...props} onRunShortcut={() => {}} />);
    expect(plainEditor()).toHaveAttribute('readonly');
    await screen.findByTestId('monaco');
    await user.type(plainEditor(), 'dd');
    expect(readDraft('add-two', 'js', STARTER)).toBe(STARTER);
  });
});
