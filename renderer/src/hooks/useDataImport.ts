// One dataset import: start the job, poll it every 200 ms until it ends, and keep the final status (its summary,
// or the reason the file was refused). Cancelling asks the job to stop; polling goes on until it reports.

import { useCallback, useState } from 'react';
import type { Input } from '../../../electron/contract/api';
import type { JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { useJobCancel, useJobLifecycle } from './useJobLifecycle';

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
  const jobs = useJobCancel(
    () => setState((prev) => (prev.phase === 'running' ? { ...prev, cancelling: true } : prev)),
    (error) => {
      if (alive.current) setState({ phase: 'error', error });
    },
  );

  const start = useCallback(async (input: Input<'datasets.import'>) => {
    jobs.begin();
    setState({ phase: 'running', status: null, cancelling: false });
    try {
      const { jobId } = await call('datasets.import', input);
      const status = await jobs.follow(jobId, alive, (s) => setState({ phase: 'running', status: s, cancelling: jobs.requested.current }));
      if (!status) return;
      setState({ phase: 'finished', status });
      finished.current();
    } catch (error) {
      if (alive.current) setState({ phase: 'error', error });
    }
  }, [alive, finished, jobs]);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel: jobs.cancel, reset };
}
