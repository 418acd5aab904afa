import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { CodePanesProps } from './code-panes-props';

const TABS = [
  { key: 'statement', label: 'Problem' },
  { key: 'code', label: 'Code' },
  { key: 'results', label: 'Results' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/**
 * The narrow layout: the toolbar is pinned to the bottom of the screen, the tab list to the top
 * while the page scrolls; one of Problem / Code / Results shows below it. Hidden tabs stay mounted (the editor keeps its
 * state). A new run switches to Results.
 */
export function StackedPanes({
  statement,
  toolbar,
  editor,
  results,
  running = false,
}: CodePanesProps) {
  const [tab, setTab] = useState<TabKey>('statement');
  const base = useId();
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  // A run that starts shows its results (state adjusted while rendering, no effect needed).
  const [wasRunning, setWasRunning] = useState(running);
  if (running !== wasRunning) {
    setWasRunning(running);
    if (running) setTab('results');
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.key === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]?.key ?? tab;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const panels = { statement, code: editor, results };
  return (
    <div className="stacked-panes">
      {/* Pinned to the bottom of the screen: Run / Submit stay in reach wherever the page is. */}
      <div className="stacked-actions">{toolbar}</div>
      <div className="stacked-sticky">
        <div className="stacked-tabs" role="tablist" aria-label="Workspace" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.key}
              ref={(el) => {
                tabRefs.current[t.key] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${t.key}`}
              aria-controls={`${base}-panel-${t.key}`}
              aria-selected={tab === t.key}
              tabIndex={tab === t.key ? 0 : -1}
              className="stacked-tab"
              onClick={() => setTab(t.key)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      {TABS.map((t) => (
        <div
          key={t.key}
          role="tabpanel"
          id={`${base}-panel-${t.key}`}
          aria-labelledby={`${base}-tab-${t.key}`}
          className={`stacked-panel stacked-panel-${t.key}`}
          hidden={tab !== t.key}
        >
          {panels[t.key]}
        </div>
      ))}
    </div>
  );
}
