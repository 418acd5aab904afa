import { useEffect, useRef, useState } from 'react';
import type { Rubric } from '../../domain/pair/rubric';
import { draftFromRubric, rubricFromDraft, type RubricDraft } from '../../domain/pair/rubric-draft';
import { rubricDrafts } from '../../store/rubric-drafts';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface RubricDraftState {
  draft: RubricDraft;
  /** Changes the form; every change is kept in this browser at once. */
  update: (change: (draft: RubricDraft) => RubricDraft) => void;
  /** Marks the draft as saved (so a reopened window holds the scores again) and hands them on. */
  save: (rubric: Rubric) => void;
  /** Why drafts cannot be kept or read back, if so. */
  problem: string | null;
}

/**
 * The rubric form's state, kept per round in IndexedDB: a reload or a closed interviewer window
 * loses no score or note. A draft saved before the round had the scores is handed on again
 * (`onSave`) when the form comes back, so the scores still reach the round.
 */
export function useRubricDraft(
  roundId: string,
  saved: Rubric | null,
  onSave: (rubric: Rubric) => void,
): RubricDraftState {
  const [draft, setDraft] = useState(() => draftFromRubric(saved));
  const [problem, setProblem] = useState<string | null>(null);
  const touched = useRef(false);
  const restored = useRef(false);
  const handOn = useRef(onSave);
  useEffect(() => {
    handOn.current = onSave;
  });

  useEffect(() => {
    let live = true;
    rubricDrafts()
      .read(roundId)
      .then((stored) => {
        if (!live || !stored || touched.current || restored.current) return;
        restored.current = true;
        setDraft(stored.draft);
        const rubric = rubricFromDraft(stored.draft);
        if (stored.saved && rubric && saved === null) handOn.current(rubric);
      })
      .catch((error: unknown) => {
        if (live) setProblem(messageOf(error));
      });
    return () => {
      live = false;
    };
    // Read once per round: `saved` only decides whether a restored draft is handed on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roundId]);

  const keep = (next: RubricDraft, isSaved: boolean) => {
    rubricDrafts()
      .write(roundId, { draft: next, saved: isSaved })
      .catch((error: unknown) =>
        setProblem(`Rubric notes are not being kept: ${messageOf(error)}`),
      );
  };

  return {
    draft,
    problem,
    update(change) {
      touched.current = true;
      const next = change(draft);
      setDraft(next);
      keep(next, false);
    },
    save(rubric) {
      keep(draft, true);
      onSave(rubric);
    },
  };
}
