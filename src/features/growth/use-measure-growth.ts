import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import { getRunnerClient } from '../../runner/client/runner-client';
import type { Measured } from '../../domain/round/round.schema';
import type { GrowthReport } from '../../runner/measure-report';
import type { Language } from '../../runner/protocol';
import { MIN_CONFIDENCE } from '../../domain/verdict/own-code-verdict';
import { mergeGrowth } from '../../runner/merge-growth';
import { toMeasured } from './growth-format';

/** Budget of a measurement repeated because the first was not conclusive (the default is 3 s). */
const RETRY_BUDGET_MS = 6000;

export interface MeasureGrowthState {
  running: boolean;
  /** 1-based: which measurement is running (more than one when the first was not conclusive). */
  attempt: number;
  /** 0–1 of the measurement's budget used so far. */
  fraction: number;
  report: GrowthReport | null;
  measure: () => Promise<void>;
  cancel: () => void;
}

export interface MeasureGrowthCallbacks {
  /** Every finished measurement (not a cancelled one), e.g. to save it in the round. */
  onMeasured?: (measured: Measured) => void;
  /** true when a measurement starts, false when it ends (measured, failed or cancelled). */
  onRunningChange?: (running: boolean) => void;
}

/** Runs client.measure on the given code (with the reference), with progress and cancel. */
export function useMeasureGrowth(
  problem: Problem,
  code: string,
  language: Language,
  { onMeasured, onRunningChange }: MeasureGrowthCallbacks = {},
  /** Up to this many measurements while the class stays below MIN_CONFIDENCE, merged (mergeGrowth). */
  attempts = 1,
): MeasureGrowthState {
  const [running, setRunning] = useState(false);
  const [attempt, setAttempt] = useState(1);
  const [fraction, setFraction] = useState(0);
  const [report, setReport] = useState<GrowthReport | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    // Leaving the panel stops a measurement nobody will see.
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const measure = useCallback(async () => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setRunning(true);
    onRunningChange?.(true);
    setFraction(0);
    setReport(null);
    setAttempt(1);
    // Measuring again: a longer budget reaches larger sizes, where the classes differ most; the
    // reference's first series stands.
    const once = (k: number) =>
      getRunnerClient().measure(problem, {
        code,
        language,
        withReference: k === 1,
        ...(k === 1 ? {} : { budgetMs: RETRY_BUDGET_MS }),
        signal: own.signal,
        onProgress: (p) => {
          if (mounted.current && controller.current === own) setFraction(p.fraction);
        },
      });
    try {
      let result = await once(1);
      // A busy machine blurs the curve: measure again and keep each size's fastest time.
      for (let k = 2; k <= attempts && result.ok && result.confidence < MIN_CONFIDENCE; k++) {
        if (!mounted.current || controller.current !== own) return;
        setAttempt(k);
        setFraction(0);
        result = mergeGrowth(result, await once(k), k);
      }
      if (!mounted.current || controller.current !== own) return;
      setReport(result);
      if (result.ok || result.failure !== 'stopped') onMeasured?.(toMeasured(result, Date.now()));
    } finally {
      if (mounted.current && controller.current === own) {
        controller.current = null;
        setRunning(false);
        onRunningChange?.(false);
      }
    }
  }, [problem, code, language, onMeasured, onRunningChange, attempts]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, attempt, fraction, report, measure, cancel };
}

/** Calls `measure` once, the first time `when` is true (a later false → true does not repeat it). */
export function useAutoStart(when: boolean, measure: () => Promise<void>): void {
  const started = useRef(false);
  useEffect(() => {
    if (!when || started.current) return;
    started.current = true;
    void measure();
  }, [when, measure]);
}
