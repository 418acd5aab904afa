// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NotesPanel } from './notes-panel';
import {
  activeRound,
  dispatchAt,
  manualClock,
  renderWithRouter,
  resetRound,
  roundInput,
  T0,
} from './round-test.fixture';
import { useActiveRound } from './use-round-store';

function LiveNotes() {
  const round = useActiveRound();
  return round && <NotesPanel notes={round.notes} />;
}

beforeEach(async () => {
  await resetRound(roundInput());
  dispatchAt({ type: 'begin-coding' }, T0);
});

describe('NotesPanel', () => {
  it('stamps each note with the round time and keeps them in order', async () => {
    const user = userEvent.setup();
    const clock = manualClock();
    renderWithRouter(<LiveNotes />, clock.clock);
    expect(screen.getByText(/your notes appear here/)).toBeInTheDocument();

    clock.advance(2 * 60_000 + 5_400);
    await user.type(screen.getByRole('textbox', { name: 'New note' }), 'Use a hash map');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    clock.advance(60_000);
    await user.type(
      screen.getByRole('textbox', { name: 'New note' }),
      'Edge: empty{Control>}{Enter}{/Control}',
    );

    const items = within(screen.getByRole('list', { name: 'Notes so far' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.textContent)).toEqual([
      'At round time 02:05CodeUse a hash map',
      'At round time 03:05CodeEdge: empty',
    ]);
    expect(activeRound().notes.map((n) => n.atMs)).toEqual([125_400, 185_400]);
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveValue('');
  });

  it('does not add an empty note', async () => {
    const user = userEvent.setup();
    renderWithRouter(<LiveNotes />, manualClock().clock);
    const add = screen.getByRole('button', { name: 'Add note' });
    expect(add).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'New note' }), '   ');
    expect(add).toBeDisabled();
    expect(activeRound().notes).toEqual([]);
  });
});
