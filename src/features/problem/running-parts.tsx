import { CodePanes } from '../../components/code-panes';
import type { CodePanesProps } from '../../components/code-panes-props';
import { useIsRunning } from '../../store/selectors';
import { EditorToolbar, type EditorToolbarProps } from './editor-toolbar';

/*
 * The parts of the problem page that change when a run starts or ends. Each reads the run state
 * itself, so a Run re-renders these (and the results), not the whole workspace with the editor
 * and the pane layout: the results reach the screen sooner.
 */

/** The toolbar, with Run / Submit disabled and Stop enabled while this problem's tests run. */
export function RunningToolbar({
  slug,
  ...props
}: Omit<EditorToolbarProps, 'running'> & { slug: string }) {
  return <EditorToolbar {...props} running={useIsRunning(slug)} />;
}

/** The panes, told when this problem's tests run (the stacked layout then shows Results). */
export function RunningCodePanes({
  slug,
  ...props
}: Omit<CodePanesProps, 'running'> & { slug: string }) {
  return <CodePanes {...props} running={useIsRunning(slug)} />;
}
