// One export of a signed case file: start it (a wrong passphrase is refused by the call itself), poll the job
// every 200 ms through its steps, and keep how it ended — the result, or the job's refusal (an incomplete chain
// without a reason). Export is short and has nothing to undo halfway, so it cannot be cancelled.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../electron/contract/api';
import type { ExportResultDto, JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';

const POLL_MS = 200;

export type ExportStep = NonNullable<JobStatus['exportStep']>;
export type ExportedFile = ExportResultDto & { fileName: string };

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; step: ExportStep | null }
  | { phase: 'done'; result: ExportedFile }
  /** The job refused or failed: its message. */
  | { phase: 'refused'; message: string }
  /** The call itself failed (wrong passphrase, no certificate, host unreachable). */
  | { phase: 'error'; error: unknown };

export interface ExportJob {
  state: ExportState;
  start: (input: Input<'casefile.export'>) => Promise<void>;
  reset: () => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The job's result carries the file name the host serves it under (see `bridge.exportUrl`). */
function exportedFile(status: JobStatus): ExportedFile | null {
  const result = status.exportResult as (ExportResultDto & { fileName?: unknown }) | null;
  if (!result) return null;
  const fileName = typeof result.fileName === 'string' ? result.fileName : (result.pdf.split(/[\\/]/).pop() ?? result.pdf);
  return { ...result, fileName };
}

export function useExportJob(onFinished: () => void): ExportJob {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const alive = useRef(true);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(async (input: Input<'casefile.export'>) => {
    setState({ phase: 'running', step: null });
    try {
      const { jobId } = await call('casefile.export', input);
      for (;;) {
        if (!alive.current) return;
        const status = await call('jobs.get', { jobId });
        if (!alive.current) return;
        if (status.state !== 'running') {
          const result = status.state === 'done' ? exportedFile(status) : null;
          setState(result ? { phase: 'done', result } : { phase: 'refused', message: status.error ?? status.state });
          finished.current();
          return;
        }
        setState({ phase: 'running', step: status.exportStep });
        await sleep(POLL_MS);
      }
    } catch (error) {
      if (alive.current) setState({ phase: 'error', error });
    }
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, reset };
}
