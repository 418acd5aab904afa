import { useId, useState, type ChangeEvent } from 'react';
import {
  createExportBundle,
  mergeRounds,
  parseExportBundle,
  serializeExportBundle,
} from '../../domain/history/export-bundle';
import { useAppStore } from '../../store/app-store';
import { roundRecords } from '../../store/round-records';
import { downloadFile } from './download-file';

type Outcome = { kind: 'error'; text: string } | { kind: 'done'; text: string } | null;

/** "Export all data" and "Import data": one versioned JSON file of every round and code draft. */
export function DataTransfer({ onImported }: { onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  // History holds summaries only: the whole records are read when they are exported.
  const exportAll = async () => {
    try {
      const { rounds } = await roundRecords().list();
      const now = Date.now();
      const bundle = createExportBundle(rounds, now, useAppStore.getState().drafts);
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
      const { rounds: existing } = await roundRecords().list();
      const merged = mergeRounds(existing, parsed.bundle.rounds);
      await roundRecords().saveMany(merged.changed);
      setOutcome({
        kind: 'done',
        text: `Imported ${file.name}: ${merged.added} added, ${merged.updated} updated, ${merged.unchanged} unchanged.`,
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
