// One dataset import: start the job, poll it every 200 ms until it ends, and keep the final status (its summary,
// or the reason the file was refused). Cancelling asks the job to stop; polling goes on until it reports.

import { useCallback, useRef, useState } from 'react';
import type { Input } from '../../../electron/contract/api';
import type { JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { pollJob, useJobLifecycle } from './useJobLifecycle';

export type DataImportState =
  | { phase: 'idle' }
  | { phase: 'running'; status: JobStatus | null; cancelling: boolean }
  | { phase: 'finished'; status: JobStatus }
  | { phase: 'error'; error: unknown };

export interface DataImport {
  state: DataImportState;
  start: (input: Input<'datasets.import'>) => Promise<void>;
  cancel: () => Promise<void>;
  reset: () => void;
}

export function useDataImport(onFinished: () => void): DataImport {
  const [state, setState] = useState<DataImportState>({ phase: 'idle' });
  const { alive, finished } = useJobLifecycle(onFinished);
  const jobId = useRef<string | null>(null);
  const cancelling = useRef(false);

  const start = useCallback(async (input: Input<'datasets.import'>) => {
    cancelling.current = false;
    setState({ phase: 'running', status: null, cancelling: false });
    try {
      const { jobId: id } = await call('datasets.import', input);
      jobId.current = id;
      const status = await pollJob(id, alive, (s) => setState({ phase: 'running', status: s, cancelling: cancelling.current }));
      if (!status) return;
      jobId.current = null;
      setState({ phase: 'finished', status });
      finished.current();
    } catch (error) {
      jobId.current = null;
      if (alive.current) setState({ phase: 'error', error });
    }
  }, [alive, finished]);

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    cancelling.current = true;
    setState((prev) => (prev.phase === 'running' ? { ...prev, cancelling: true } : prev));
    try {
      await call('jobs.cancel', { jobId: id });
    } catch (error) {
      if (alive.current) setState({ phase: 'error', error });
    }
  }, [alive]);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, reset };
}
