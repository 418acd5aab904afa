import { CodePanes } from '../../components/code-panes';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Round } from '../../domain/round/round.schema';
import { publishSelection } from './candidate-selection';
import type { RoundSlots } from './round-slots';
import { StatementColumn } from './statement-column';
import { useRoundDispatch } from './use-round-store';
import { useRoundRun } from './use-round-run';
import { LANGUAGE_LABEL, starterFor } from '../../domain/problem/languages';

interface CodePhaseProps {
  problem: Problem;
  round: Pick<Round, 'id' | 'code' | 'language' | 'runs' | 'pausedAt' | 'mode' | 'customCases'>;
  slots: RoundSlots;
}

/**
 * Phase 2: write the solution in the round's own copy of the code (never the problem's draft)
 * and run the visible tests; each run is recorded in the round. Hidden tests wait for the reveal.
 */
export function CodePhase({ problem, round, slots }: CodePhaseProps) {
  const dispatch = useRoundDispatch();
  const { report, running, run, stop } = useRoundRun(problem);
  const paused = round.pausedAt !== null;
  const runVisible = () => {
    if (!paused) void run();
  };
  const runs = round.runs.length;

  const toolbar = (
    <div className="toolbar" role="group" aria-label="Round code actions">
      <span className="toolbar-note">{LANGUAGE_LABEL[round.language]}</span>
      <span className="toolbar-note">
        {runs} run{runs === 1 ? '' : 's'} so far
      </span>
      <span className="toolbar-spacer" />
      <kbd className="shortcut-hint" aria-hidden="true">
        Ctrl/⌘ + Enter
      </kbd>
      <button
        type="button"
        className="button"
        disabled={running || paused}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        data-shortcut="run"
        onClick={runVisible}
      >
        Run
      </button>
      <button
        type="button"
        className="button button-danger"
        disabled={!running}
        aria-keyshortcuts="Alt+Shift+S"
        data-shortcut="stop"
        onClick={stop}
      >
        Stop
      </button>
    </div>
  );

  return (
    <CodePanes
      layoutId="round"
      running={running}
      statement={<StatementColumn>{slots.statement}</StatementColumn>}
      toolbar={toolbar}
      editor={
        <div className="round-code" role="region" aria-label="Your solution">
          {paused && (
            <p className="round-paused-note">The round is paused: resume it to keep coding.</p>
          )}
          <div className="editor-frame">
            {slots.renderEditor({
              slug: problem.slug,
              language: round.language,
              starter: starterFor(problem, round.language),
              onRunShortcut: runVisible,
              readOnly: paused,
              ownCode: {
                scope: `round-${round.id}`,
                value: round.code,
                onChange: (code) =>
                  dispatch({ type: 'update-code', code, language: round.language }),
                onSelection: publishSelection,
              },
            })}
          </div>
        </div>
      }
      results={
        <div className="round-results">
          {/* Focusable so keyboard users can scroll a long list of results. */}
          <div className="workspace-results" role="group" aria-label="Test output" tabIndex={0}>
            {slots.renderResults(report, running)}
            {slots.renderCustomCases?.({
              problem,
              cases: round.customCases ?? [],
              report,
              disabled: paused,
              onAdd: (item) => dispatch({ type: 'add-custom-case', item }),
              onRemove: (id) => dispatch({ type: 'remove-custom-case', id }),
            })}
          </div>
        </div>
      }
    />
  );
}
