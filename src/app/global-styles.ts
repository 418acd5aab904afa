// The app's global styles, imported by the entry (main.tsx) so that index.html links them: the
// problem list in index.html paints styled before any of the app's modules has run.
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/app-shell.css';
import '../styles/problem-bank.css';
import '../styles/problem-page.css';
import '../styles/results.css';
