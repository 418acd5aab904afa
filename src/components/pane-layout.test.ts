// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { useDefaultLayout } from 'react-resizable-panels';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, paneGroupId, savedLayout, savedLayoutKey } from './pane-layout';

afterEach(() => localStorage.clear());

const LAYOUT = { 'pane-statement': 40, 'pane-code': 35, 'pane-results': 25 };

describe('savedLayout (the sizes the panes are first painted at)', () => {
  it('reads the layout react-resizable-panels saved for the group', () => {
    const { result } = renderHook(() =>
      useDefaultLayout({ id: paneGroupId('problem'), storage: localStorage }),
    );
    result.current.onLayoutChanged(LAYOUT, { isUserInteraction: true });
    expect(savedLayout('problem')).toEqual(LAYOUT);
    expect(savedLayout('round')).toEqual(DEFAULT_LAYOUT);
  });

  it('falls back to the default sizes for anything else saved there', () => {
    for (const saved of [
      'not json',
      '[30, 44, 26]',
      JSON.stringify({ 'pane-statement': 40, 'pane-code': 60 }),
      JSON.stringify({ ...LAYOUT, 'pane-code': '35' }),
      JSON.stringify({ ...LAYOUT, 'pane-results': -5 }),
    ]) {
      localStorage.setItem(savedLayoutKey('problem'), saved);
      expect(savedLayout('problem'), saved).toEqual(DEFAULT_LAYOUT);
    }
  });
});
