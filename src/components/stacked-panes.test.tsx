// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StackedPanes } from './stacked-panes';

function panes(running = false) {
  return (
    <StackedPanes
      layoutId="test"
      running={running}
      statement={<p>the statement</p>}
      toolbar={<button type="button">Run</button>}
      editor={<textarea aria-label="Code editor" defaultValue="kept" />}
      results={<p>the results</p>}
    />
  );
}

describe('StackedPanes (narrow layout)', () => {
  it('shows one tab at a time, keeps the others mounted, and moves with the arrow keys', async () => {
    const user = userEvent.setup();
    render(panes());
    expect(screen.getByRole('tab', { name: 'Problem' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('the statement')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Code editor' })).not.toBeInTheDocument();
    // Hidden, not unmounted: the editor keeps its state.
    expect(screen.getByRole('textbox', { name: 'Code editor', hidden: true })).toHaveValue('kept');

    screen.getByRole('tab', { name: 'Problem' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Code' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Code' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Code editor' })).toBeVisible();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Results' })).toHaveAttribute('aria-selected', 'true');
    // Only the selected tab is in the Tab order.
    expect(screen.getByRole('tab', { name: 'Problem' })).toHaveAttribute('tabindex', '-1');
  });

  it('keeps the toolbar out of the tabs, and shows Results when a run starts', () => {
    const { rerender } = render(panes(false));
    expect(screen.getByRole('button', { name: 'Run' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Run' }).closest('[role=tabpanel]')).toBeNull();
    expect(screen.getByText('the results')).not.toBeVisible();
    rerender(panes(true));
    expect(screen.getByRole('tab', { name: 'Results' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('the results')).toBeVisible();
  });
});
