// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EditorToolbar } from './editor-toolbar';
import type { EditorToolbarProps } from './editor-toolbar';

function setup(overrides: Partial<EditorToolbarProps> = {}) {
  const props: EditorToolbarProps = {
    language: 'js',
    running: false,
    onLanguageChange: vi.fn(),
    onReset: vi.fn(),
    onRun: vi.fn(),
    onSubmit: vi.fn(),
    onStop: vi.fn(),
    ...overrides,
  };
  render(<EditorToolbar {...props} />);
  return props;
}

describe('EditorToolbar', () => {
  it('calls the Run and Submit handlers', async () => {
    const user = userEvent.setup();
    const props = setup();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(props.onRun).toHaveBeenCalledTimes(1);
    expect(props.onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(props.onSubmit).toHaveBeenCalledTimes(1);
  });

  it('disables Stop when idle', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
  });

  it('while running enables only Stop', async () => {
    const user = userEvent.setup();
    const props = setup({ running: true });
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(props.onStop).toHaveBeenCalledTimes(1);
  });

  it('switches language through the labelled select', async () => {
    const user = userEvent.setup();
    const props = setup();
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(screen.getByRole('option', { name: 'JavaScript' })).toHaveValue('js');
    expect(screen.getByRole('option', { name: 'TypeScript' })).toHaveValue('ts');
    await user.selectOptions(select, 'ts');
    expect(props.onLanguageChange).toHaveBeenCalledWith('ts');
  });

  it('asks for reset through its handler', async () => {
    const user = userEvent.setup();
    const props = setup();
    await user.click(screen.getByRole('button', { name: 'Reset to starter' }));
    expect(props.onReset).toHaveBeenCalledTimes(1);
  });
});
