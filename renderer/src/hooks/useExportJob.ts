// One export of a signed case file: start it (a wrong passphrase is refused by the call itself), poll the job
// every 200 ms through its steps, let the handler cancel it, and keep how it ended — the result, a cancellation
// (nothing written), or the job's refusal (an incomplete chain without a reason).

import { useCallback, useState } from 'react';
import type { Input } from '../../../electron/contract/api';
import type { ExportResultDto, JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { useJobCancel, useJobLifecycle } from './useJobLifecycle';

export type ExportStep = NonNullable<JobStatus['exportStep']>;
export type ExportedFile = ExportResultDto & { fileName: string };

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; step: ExportStep | null; cancelling: boolean }
  | { phase: 'done'; result: ExportedFile }
  /** Cancelled before it finished: no file was written and nothing was logged. */
  | { phase: 'cancelled' }
  /** The job refused or failed: its message. */
  | { phase: 'refused'; message: string }
  /** The call itself failed (wrong passphrase, no certificate, host unreachable). */
  | { phase: 'error'; error: unknown };

export interface ExportJob {
  state: ExportState;
  start: (input: Input<'casefile.export'>) => Promise<void>;
  cancel: () => Promise<void>;
  reset: () => void;
}

/** The job's result carries the file name the host serves it under (see `bridge.exportUrl`). */
function exportedFile(status: JobStatus): ExportedFile | null {
  const result = status.exportResult as (ExportResultDto & { fileName?: unknown }) | null;
  if (!result) return null;
  const fileName = typeof result.fileName === 'string' ? result.fileName : (result.pdf.split(/[\\/]/).pop() ?? result.pdf);
  return { ...result, fileName };
}

function finalState(status: JobStatus): ExportState {
  if (status.state === 'cancelled') return { phase: 'cancelled' };
  const result = status.state === 'done' ? exportedFile(status) : null;
  return result ? { phase: 'done', result } : { phase: 'refused', message: status.error ?? status.state };
}

export function useExportJob(onFinished: () => void): ExportJob {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const { alive, finished } = useJobLifecycle(onFinished);
  const jobs = useJobCancel(
    () => setState((prev) => (prev.phase === 'running' ? { ...prev, cancelling: true } : prev)),
    // The job may have just finished; polling reports how it ended either way.
    (error) => {
      if (alive.current) setState((prev) => (prev.phase === 'running' ? { ...prev, cancelling: false } : { phase: 'error', error }));
    },
  );

  const start = useCallback(async (input: Input<'casefile.export'>) => {
    jobs.begin();
    setState({ phase: 'running', step: null, cancelling: false });
    try {
      const { jobId } = await call('casefile.export', input);
      const status = await jobs.follow(jobId, alive, (s) => setState({ phase: 'running', step: s.exportStep, cancelling: jobs.requested.current }));
      if (!status) return;
      setState(finalState(status));
      finished.current();
    } catch (error) {
      if (alive.current) setState({ phase: 'error', error });
    }
  }, [alive, finished, jobs]);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel: jobs.cancel, reset };
}
