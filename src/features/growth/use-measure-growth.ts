import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import { getRunnerClient } from '../../runner/client/runner-client';
import type { Measured } from '../../domain/round/round.schema';
import type { GrowthReport } from '../../runner/measure-report';
import type { Language } from '../../runner/protocol';
import { toMeasured } from './growth-format';

export interface MeasureGrowthState {
  running: boolean;
  /** 0–1 of the measurement's budget used so far. */
  fraction: number;
  report: GrowthReport | null;
  measure: () => Promise<void>;
  cancel: () => void;
}

/** Runs client.measure on the given code (with the reference), with progress and cancel. */
export function useMeasureGrowth(
  problem: Problem,
  code: string,
  language: Language,
  onMeasured?: (measured: Measured) => void,
): MeasureGrowthState {
  const [running, setRunning] = useState(false);
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
    setFraction(0);
    setReport(null);
    try {
      const result = await getRunnerClient().measure(problem, {
        code,
        language,
        withReference: true,
        signal: own.signal,
        onProgress: (p) => {
          if (mounted.current && controller.current === own) setFraction(p.fraction);
        },
      });
      if (!mounted.current || controller.current !== own) return;
      setReport(result);
      if (result.ok || result.failure !== 'stopped') onMeasured?.(toMeasured(result, Date.now()));
    } finally {
      if (mounted.current && controller.current === own) {
        controller.current = null;
        setRunning(false);
      }
    }
  }, [problem, code, language, onMeasured]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, fraction, report, measure, cancel };
}
