// One import at a time per case: get paths (uploading first in a browser), start the job, poll it every 200 ms
// until it ends, and keep the final status for the summary. Cancelling asks the job to stop; polling continues
// until the job reports what it finished.

import { useCallback, useState } from 'react';
import type { JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { useJobCancel, useJobLifecycle } from './useJobLifecycle';

export type ImportState =
  | { phase: 'idle' }
  /** uploading: how many files a browser is copying to the host first; null where paths are at hand. */
  | { phase: 'preparing'; uploading: number | null }
  | { phase: 'running'; status: JobStatus; cancelling: boolean }
  | { phase: 'finished'; status: JobStatus }
  | { phase: 'error'; error: unknown };

export interface ImportJob {
  state: ImportState;
  start: (uploading: number | null, getPaths: () => Promise<string[] | null>) => Promise<void>;
  cancel: () => Promise<void>;
  dismiss: () => void;
}

export function useImportJob(caseId: string, onFinished: () => void): ImportJob {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const { alive, finished } = useJobLifecycle(onFinished);
  const jobs = useJobCancel(
    () => setState((prev) => (prev.phase === 'running' ? { ...prev, cancelling: true } : prev)),
    (error) => {
      if (alive.current) setState({ phase: 'error', error });
    },
  );

  const start = useCallback(
    async (uploading: number | null, getPaths: () => Promise<string[] | null>) => {
      try {
        setState({ phase: 'preparing', uploading });
        const paths = await getPaths();
        if (!alive.current) return;
        if (!paths || paths.length === 0) {
          setState({ phase: 'idle' });
          return;
        }
        jobs.begin();
        const { jobId } = await call('import.start', { caseId, paths });
        const status = await jobs.follow(jobId, alive, (s) => setState({ phase: 'running', status: s, cancelling: jobs.requested.current }));
        if (!status) return;
        setState({ phase: 'finished', status });
        finished.current();
      } catch (error) {
        if (alive.current) setState({ phase: 'error', error });
        finished.current();
      }
    },
    [caseId, alive, finished, jobs],
  );

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel: jobs.cancel, dismiss };
}
