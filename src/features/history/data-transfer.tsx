import { useId, useState, type ChangeEvent } from 'react';
import {
  createExportBundle,
  mergeRounds,
  parseExportBundle,
  serializeExportBundle,
} from '../../domain/history/export-bundle';
import { mergeAssessments, mergeSubmissions } from '../../domain/history/merge-records';
import { useAppStore } from '../../store/app-store';
import { assessmentRecords } from '../../store/assessment-records';
import { roundRecords } from '../../store/round-records';
import { submissionRecords } from '../../store/submission-records';
import { downloadFile } from './download-file';

type Outcome = { kind: 'error'; text: string } | { kind: 'done'; text: string } | null;

const counts = (what: string, c: { added: number; updated: number; unchanged: number }) =>
  `${what} ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged`;

/**
 * "Export all data" and "Import data": one versioned JSON file of every round, assessment,
 * practice Submit and code draft.
 */
export function DataTransfer({ onImported }: { onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  // History holds summaries only: the whole records are read when they are exported.
  const exportAll = async () => {
    try {
      const [{ rounds }, { assessments }, { submissions }] = await Promise.all([
        roundRecords().list(),
        assessmentRecords().list(),
        submissionRecords().list(),
      ]);
      const now = Date.now();
      const bundle = createExportBundle(rounds, now, useAppStore.getState().drafts, {
        assessments,
        submissions,
      });
      const day = new Date(now).toISOString().slice(0, 10);
      downloadFile(`mockround-${day}.json`, serializeExportBundle(bundle), 'application/json');
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: `The export failed (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const parsed = parseExportBundle(await file.text(), file.name);
      if (!parsed.ok) {
        setOutcome({ kind: 'error', text: `Nothing was imported. ${parsed.error}` });
        return;
      }
      // Merge against what is on disk now, not the rendered list, which may be stale.
      const [{ rounds: existing }, { assessments }, { submissions }] = await Promise.all([
        roundRecords().list(),
        assessmentRecords().list(),
        submissionRecords().list(),
      ]);
      const { bundle } = parsed;
      const merged = mergeRounds(existing, bundle.rounds);
      const assessed = mergeAssessments(assessments, bundle.assessments);
      const submitted = mergeSubmissions(submissions, bundle.submissions);
      await roundRecords().saveMany(merged.changed);
      await assessmentRecords().saveMany(assessed.changed);
      await submissionRecords().addMany(submitted.changed);
      setOutcome({
        kind: 'done',
        text: `Imported ${file.name}: ${counts('rounds', merged)}; ${counts('assessments', assessed)}; ${counts('practice Submits', submitted)}.`,
      });
      onImported();
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: `The import failed (${error instanceof Error ? error.message : String(error)}).`,
      });
    } finally {
      setBusy(false);
      // Lets the same file be picked again after fixing it.
      input.value = '';
    }
  };

  return (
    <section className="data-transfer" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>Your data</h2>
      <p className="muted">
        Everything stays in this browser. Export a backup to keep it or to move it to another one.
      </p>
      <div className="data-actions">
        <button type="button" onClick={() => void exportAll()}>
          Export all data
        </button>
        <label htmlFor={inputId}>Import data</label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => void importFile(e)}
        />
      </div>
      {outcome?.kind === 'error' && (
        <p className="round-error" role="alert">
          {outcome.text}
        </p>
      )}
      <p role="status">{outcome?.kind === 'done' ? outcome.text : ''}</p>
    </section>
  );
}
