import { useCallback, useEffect } from 'react';
import { loadProblem } from '../../content/problem-bank';
import type { CustomCase } from '../../domain/problem/custom-case';
import type { ProblemPage } from '../../domain/problem/problem-parts';
import type * as RunOrReport from '../../runner/client/run-or-report';
import type * as RunnerClient from '../../runner/client/runner-client';
import type { Language } from '../../runner/protocol';
import { DEFAULT_BUDGET_MS } from '../../runner/run-budget';
import type { RunMode, RunReport } from '../../runner/run-report';
import { readDraft, useRunActions } from '../../store/selectors';
import { starterFor } from '../../domain/problem/languages';
import { withCustomCases } from './custom-case-name';
import { keepRun } from './keep-run';

async function loadFullProblem(page: ProblemPage) {
  const full = await loadProblem(page.slug);
  if (!full) throw new Error(`The hidden tests of ${page.slug} could not be loaded.`);
  return full;
}

type Runner = typeof RunnerClient & typeof RunOrReport;
let loadedRunner: Runner | null = null;

/**
 * The runner client loads after the page's first paint (it starts the spare worker then), not
 * with the problem page: its code is not needed to show the statement and the editor.
 */
async function loadRunner(): Promise<Runner> {
  if (loadedRunner) return loadedRunner;
  const [client, orReport] = await Promise.all([
    import('../../runner/client/runner-client'),
    import('../../runner/client/run-or-report'),
  ]);
  loadedRunner = { ...client, ...orReport };
  return loadedRunner;
}

export interface RunControls {
  run: (mode: RunMode) => Promise<void>;
  stop: () => void;
}

/**
 * Runs the current draft through the runner client and stores the report for this problem.
 * It subscribes to nothing that changes while typing or running (the code is read when Run
 * is pressed), so the component using it does not re-render on every keystroke or run.
 */
export function useRun(
  problem: ProblemPage,
  language: Language,
  customCases: readonly CustomCase[] = [],
): RunControls {
  const { setRunning, finishRun, reportStorageProblem } = useRunActions();
  // Creating the client starts its spare worker now, so the first Run does not wait for it.
  // (Skipped where there are no workers, e.g. server-side or jsdom; Run then reports the failure.)
  // After the page has painted (the next frame, then a task): an effect alone can run before
  // the first paint, and the runner's chunks would then compete with the page's own.
  useEffect(() => {
    let live = true;
    const warm = () => {
      if (!live) return;
      void loadRunner().then(({ getRunnerClient }) => {
        if (typeof Worker !== 'undefined') getRunnerClient();
      });
    };
    const frame = requestAnimationFrame(() => setTimeout(warm, 0));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);

  const run = useCallback(
    async (mode: RunMode) => {
      // Loaded after the first paint; a Run before that waits for it.
      const { getRunnerClient, clientFailureReport } = loadedRunner ?? (await loadRunner());
      const client = getRunnerClient();
      // One run at a time: a second Ctrl+Enter while tests run is ignored, not queued.
      if (client.isRunning()) return;
      const code = readDraft(problem.slug, language, starterFor(problem, language));
      // "Running" is rendered once the sandbox has the code: with a warm sandbox that is still
      // within the click's task, and React's render of it then runs beside the sandbox instead of
      // delaying it. A run that waits first (a sandbox still starting, Submit fetching its hidden
      // tests) shows it after one task at most.
      let going = true;
      const showRunning = () => {
        if (going) setRunning(problem.slug);
      };
      const fallback = setTimeout(showRunning, 0);
      const finish = (report: RunReport) => {
        going = false;
        clearTimeout(fallback);
        // The report and the end of the run in one store change: one render shows the results.
        finishRun(problem.slug, report);
      };
      try {
        // Run needs only the visible tests the page has; Submit fetches the hidden ones now.
        // Run adds the candidate's own cases after the problem's visible ones.
        const runnable =
          mode === 'submit'
            ? await loadFullProblem(problem)
            : withCustomCases(problem, customCases);
        const report = await client.run(runnable, { mode, code, language, onPosted: showRunning });
        // Writing first: the page's Submits, read again when the report changes, then include it
        // (IndexedDB runs transactions on the same store in the order they were opened).
        const kept = keepRun(problem.slug, mode, code, language, report);
        finish(report);
        const notKept = await kept;
        if (notKept) reportStorageProblem(notKept);
      } catch (error) {
        finish(clientFailureReport(mode, problem.runBudgetMs ?? DEFAULT_BUDGET_MS, error));
      } finally {
        going = false;
        clearTimeout(fallback);
        setRunning(null); // already so, unless storing the report failed
      }
    },
    [problem, language, customCases, setRunning, finishRun, reportStorageProblem],
  );

  // Nothing runs before the runner has loaded.
  const stop = useCallback(() => loadedRunner?.getRunnerClient().stop(), []);

  return { run, stop };
}
