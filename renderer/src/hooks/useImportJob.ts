// One import at a time per case: get paths (uploading first in a browser), start the job, poll it every 200 ms
// until it ends, and keep the final status for the summary. Cancelling asks the job to stop; polling continues
// until the job reports what it finished.

import { useCallback, useRef, useState } from 'react';
import type { JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { pollJob, useJobLifecycle } from './useJobLifecycle';

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
  const jobId = useRef<string | null>(null);
  const cancelling = useRef(false);

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
        const { jobId: id } = await call('import.start', { caseId, paths });
        jobId.current = id;
        cancelling.current = false;
        const status = await pollJob(id, alive, (s) => setState({ phase: 'running', status: s, cancelling: cancelling.current }));
        if (!status) return;
        jobId.current = null;
        setState({ phase: 'finished', status });
        finished.current();
      } catch (error) {
        jobId.current = null;
        if (alive.current) setState({ phase: 'error', error });
        finished.current();
      }
    },
    [caseId, alive, finished],
  );

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

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, dismiss };
}
