import { z } from '../domain/mini-zod';

/** The element each pane's content renders into (moved between layouts, never remounted). */
export interface PaneNodes {
  statement: HTMLElement;
  code: HTMLElement;
  results: HTMLElement;
}

/**
 * The three panes of the wide layout, in order (statement | editor | results): one table for the
 * static first paint and the resizable layout, so the two cannot drift. `separator` names the
 * handle after a pane.
 */
export const PANES = [
  {
    id: 'pane-statement',
    node: 'statement',
    className: 'pane',
    minSize: '18%',
    separator: 'Resize the statement and the editor',
  },
  {
    id: 'pane-code',
    node: 'code',
    className: 'pane pane-code',
    minSize: '25%',
    separator: 'Resize the editor and the results',
  },
  { id: 'pane-results', node: 'results', className: 'pane', minSize: '15%', separator: null },
] as const satisfies readonly {
  id: string;
  node: keyof PaneNodes;
  className: string;
  minSize: string;
  separator: string | null;
}[];
export type PaneId = (typeof PANES)[number]['id'];
/** Pane sizes in percent of the row (the separators take their few pixels from all three). */
export type PaneLayout = Record<PaneId, number>;

export interface ResizablePanesProps {
  layoutId: string;
  nodes: PaneNodes;
  /** Called once the panes hold the content (the static stand-in can go). */
  onShown: () => void;
}

export const DEFAULT_LAYOUT: PaneLayout = {
  'pane-statement': 30,
  'pane-code': 44,
  'pane-results': 26,
};

/** The resizing library's group id for a kind of page (its saved layout is keyed by it). */
export function paneGroupId(layoutId: string): string {
  return `mockround-panes-${layoutId}`;
}

/** Where react-resizable-panels' `useDefaultLayout` keeps a group's layout. */
export function savedLayoutKey(layoutId: string): string {
  return `react-resizable-panels:${paneGroupId(layoutId)}`;
}

const savedLayoutSchema = z.object({
  'pane-statement': z.number().check(z.positive()),
  'pane-code': z.number().check(z.positive()),
  'pane-results': z.number().check(z.positive()),
});

/**
 * The layout the user last left (as the resizing library saved it), or the default one when
 * nothing valid is saved: the panes are drawn at these sizes before the library has loaded.
 */
export function savedLayout(layoutId: string): PaneLayout {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(savedLayoutKey(layoutId));
  } catch {
    // Storage blocked (private mode, policy): the default sizes.
  }
  if (text === null) return DEFAULT_LAYOUT;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return DEFAULT_LAYOUT;
  }
  const parsed = savedLayoutSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_LAYOUT;
}
