// What every long-running job's hook shares: knowing whether the component is still mounted, calling the latest
// onFinished, and polling a job every 200 ms until it stops running.

import { useEffect, useRef } from 'react';
import type { MutableRefObject } from 'react';
import type { JobStatus } from '../../../electron/contract/dto';
import { call } from '../bridge/call';

const POLL_MS = 200;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function useJobLifecycle(onFinished: () => void): { alive: MutableRefObject<boolean>; finished: MutableRefObject<() => void> } {
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
  return { alive, finished };
}

/**
 * Polls `jobId` until it is no longer running, reporting each running status; resolves with the final status, or
 * with null once the component has gone (nothing more should be done then).
 */
export async function pollJob(jobId: string, alive: MutableRefObject<boolean>, onRunning: (status: JobStatus) => void): Promise<JobStatus | null> {
  for (;;) {
    if (!alive.current) return null;
    const status = await call('jobs.get', { jobId });
    if (!alive.current) return null;
    if (status.state !== 'running') return status;
    onRunning(status);
    await sleep(POLL_MS);
  }
}
