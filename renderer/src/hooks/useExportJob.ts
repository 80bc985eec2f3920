// One export of a signed case file: start it (a wrong passphrase is refused by the call itself), poll the job
// every 200 ms through its steps, and keep how it ended — the result, or the job's refusal (an incomplete chain
// without a reason). Export is short and has nothing to undo halfway, so it cannot be cancelled.

import { useCallback, useState } from 'react';
import type { Input } from '../../../electron/contract/api';
import type { ExportResultDto, JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { pollJob, useJobLifecycle } from './useJobLifecycle';

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

/** The job's result carries the file name the host serves it under (see `bridge.exportUrl`). */
function exportedFile(status: JobStatus): ExportedFile | null {
  const result = status.exportResult as (ExportResultDto & { fileName?: unknown }) | null;
  if (!result) return null;
  const fileName = typeof result.fileName === 'string' ? result.fileName : (result.pdf.split(/[\\/]/).pop() ?? result.pdf);
  return { ...result, fileName };
}

export function useExportJob(onFinished: () => void): ExportJob {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const { alive, finished } = useJobLifecycle(onFinished);

  const start = useCallback(async (input: Input<'casefile.export'>) => {
    setState({ phase: 'running', step: null });
    try {
      const { jobId } = await call('casefile.export', input);
      const status = await pollJob(jobId, alive, (s) => setState({ phase: 'running', step: s.exportStep }));
      if (!status) return;
      const result = status.state === 'done' ? exportedFile(status) : null;
      setState(result ? { phase: 'done', result } : { phase: 'refused', message: status.error ?? status.state });
      finished.current();
    } catch (error) {
      if (alive.current) setState({ phase: 'error', error });
    }
  }, [alive, finished]);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, reset };
}
