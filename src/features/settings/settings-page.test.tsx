// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../app/routes';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings.schema';
import { useAppStore } from '../../store/app-store';

vi.mock('../../content/problem-bank', () => ({
  problemSummaries: [],
  allTags: [],
  loadProblem: () => Promise.resolve(undefined),
  loadProblemPage: () => Promise.resolve(undefined),
}));

afterEach(() => {
  act(() => useAppStore.getState().resetSettings());
});

async function openSettings() {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
  const user = userEvent.setup();
  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return user;
}

describe('Settings page', () => {
  it('is reached from the nav, and every control has a name', async () => {
    await openSettings();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['system', 'light', 'dark']);
    expect(screen.getByRole('radio', { name: 'System (follow this device)' })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Font size (px)' })).toHaveValue(14);
    expect(screen.getByRole('combobox', { name: 'Tab size' })).toHaveValue('2');
    expect(screen.getByRole('checkbox', { name: 'Wrap long lines' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vim mode' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Hide difficulty and tags' })).not.toBeChecked();
    for (const control of [
      ...screen.getAllByRole('radio'),
      ...screen.getAllByRole('checkbox'),
      ...screen.getAllByRole('button'),
    ]) {
      expect(control).toHaveAccessibleName();
    }
  });

  it('switches the page theme at once, and back to the system setting', async () => {
    const user = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(useAppStore.getState().settings.theme).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    // jsdom has no matchMedia: "system" then reads as light.
    await user.click(screen.getByRole('radio', { name: 'System (follow this device)' }));
    expect(useAppStore.getState().settings.theme).toBe('system');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
  });

  it('changes the editor settings, keeps an out-of-range font size typed and says why', async () => {
    const user = await openSettings();
    const size = screen.getByRole('spinbutton', { name: 'Font size (px)' });
    await user.clear(size);
    await user.type(size, '4');
    expect(size).toHaveValue(4);
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Use a whole number from 10 to 32; the editor keeps 14 px.',
    );
    expect(useAppStore.getState().settings.fontSize).toBe(14);
    await user.type(size, '0'); // 40
    expect(useAppStore.getState().settings.fontSize).toBe(14);
    await user.clear(size);
    await user.type(size, '18');
    expect(useAppStore.getState().settings.fontSize).toBe(18);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tab size' }), '4 spaces');
    await user.click(screen.getByRole('checkbox', { name: 'Wrap long lines' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vim mode' }));
    expect(useAppStore.getState().settings).toMatchObject({
      fontSize: 18,
      tabSize: 4,
      wordWrap: true,
      vimMode: true,
    });

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(useAppStore.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(size).toHaveValue(14);
    expect(screen.getByRole('checkbox', { name: 'Vim mode' })).not.toBeChecked();
  });
});
