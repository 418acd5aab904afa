import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { AlertBanner } from '../components/alert-banner';
import { ShortcutsDialog } from '../components/shortcuts-dialog';
import { useGlobalShortcuts } from '../components/use-global-shortcuts';
import { LEAVE_EDITOR_HINT } from '../lib/tab-exit';
import { useStorageProblem } from '../store/selectors';
import { useApplyTheme } from './use-apply-theme';
import { useOwnSettingsFlag } from './use-own-settings-flag';

/** Header, skip link, storage warning and the main landmark every page renders into. */
export function AppShell() {
  const { problem: storageProblem, dismiss } = useStorageProblem();
  const { pathname } = useLocation();
  // A problem page belongs to the Problems section too.
  const inProblems = pathname === '/' || pathname.startsWith('/problems/');
  // The active round (/round) belongs to the Rounds section.
  const inRounds = pathname === '/rounds' || pathname === '/round';
  // A saved round's page (/history/:id) belongs to History.
  const inHistory = pathname === '/history' || pathname.startsWith('/history/');
  const [helpOpen, setHelpOpen] = useState(false);
  useGlobalShortcuts(() => setHelpOpen(true));
  useApplyTheme();
  useOwnSettingsFlag();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          MockRound
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link
                to="/"
                className={inProblems ? 'nav-link active' : 'nav-link'}
                aria-current={pathname === '/' ? 'page' : inProblems ? 'true' : undefined}
              >
                Problems
              </Link>
            </li>
            <li>
              <Link
                to="/rounds"
                className={inRounds ? 'nav-link active' : 'nav-link'}
                aria-current={pathname === '/rounds' ? 'page' : inRounds ? 'true' : undefined}
              >
                Rounds
              </Link>
            </li>
            <li>
              <Link
                to="/assessment/new"
                className={pathname.startsWith('/assessment') ? 'nav-link active' : 'nav-link'}
                aria-current={pathname.startsWith('/assessment') ? 'page' : undefined}
              >
                Assessment
              </Link>
            </li>
            <li>
              <Link
                to="/history"
                className={inHistory ? 'nav-link active' : 'nav-link'}
                aria-current={pathname === '/history' ? 'page' : inHistory ? 'true' : undefined}
              >
                History
              </Link>
            </li>
            <li>
              <Link
                to="/progress"
                className={pathname === '/progress' ? 'nav-link active' : 'nav-link'}
                aria-current={pathname === '/progress' ? 'page' : undefined}
              >
                Progress
              </Link>
            </li>
            <li>
              <Link
                to="/calibration"
                className={pathname === '/calibration' ? 'nav-link active' : 'nav-link'}
                aria-current={pathname === '/calibration' ? 'page' : undefined}
              >
                Calibration
              </Link>
            </li>
            <li>
              <Link
                to="/settings"
                className={pathname === '/settings' ? 'nav-link active' : 'nav-link'}
                aria-current={pathname === '/settings' ? 'page' : undefined}
              >
                Settings
              </Link>
            </li>
          </ul>
        </nav>
        <div className="header-tools">
          <button
            type="button"
            className="button button-quiet"
            aria-keyshortcuts="?"
            onClick={() => setHelpOpen(true)}
          >
            Shortcuts
          </button>
        </div>
      </header>
      {helpOpen && (
        <ShortcutsDialog editorHint={LEAVE_EDITOR_HINT} onClose={() => setHelpOpen(false)} />
      )}
      {storageProblem && <AlertBanner onDismiss={dismiss}>{storageProblem}</AlertBanner>}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
