// What every long-running job's hook shares: knowing whether the component is still mounted, calling the latest
// onFinished, polling a job every 200 ms until it stops running, and cancelling it.

import { useCallback, useEffect, useMemo, useRef } from 'react';
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
async function pollJob(jobId: string, alive: MutableRefObject<boolean>, onRunning: (status: JobStatus) => void): Promise<JobStatus | null> {
  for (;;) {
    if (!alive.current) return null;
    const status = await call('jobs.get', { jobId });
    if (!alive.current) return null;
    if (status.state !== 'running') return status;
    onRunning(status);
    await sleep(POLL_MS);
  }
}

export interface JobCancel {
  /** A new job is starting: forget the last one. */
  begin: () => void;
  /**
   * Follows the job the start call answered with: a cancel asked for before its id was known is sent now; then it
   * is polled (see `pollJob`) until it ends.
   */
  follow: (id: string, alive: MutableRefObject<boolean>, onRunning: (status: JobStatus) => void) => Promise<JobStatus | null>;
  /** Whether cancel has been asked for the current job (shown as "cancelling…" while it runs). */
  requested: MutableRefObject<boolean>;
  /** Asks the job to stop; polling reports how it ended. `onError` hears a cancel call that failed. */
  cancel: () => Promise<void>;
}

/**
 * Cancelling a job, shared by every job hook. The handler may press cancel before the start call has answered
 * with the job's id (an export checks the certificate passphrase first): the request is kept and sent as soon
 * as the id arrives, never dropped.
 */
export function useJobCancel(onRequested: () => void, onError: (error: unknown) => void): JobCancel {
  const jobId = useRef<string | null>(null);
  const requested = useRef(false);
  // The latest callbacks, so the functions returned stay the same from render to render.
  const callbacks = useRef({ onRequested, onError });
  useEffect(() => {
    callbacks.current = { onRequested, onError };
  });

  const begin = useCallback(() => {
    jobId.current = null;
    requested.current = false;
  }, []);
  const follow = useCallback(async (id: string, alive: MutableRefObject<boolean>, onRunning: (status: JobStatus) => void) => {
    jobId.current = id;
    if (requested.current) void call('jobs.cancel', { jobId: id }).catch(() => undefined);
    try {
      return await pollJob(id, alive, onRunning);
    } finally {
      jobId.current = null;
    }
  }, []);
  const cancel = useCallback(async () => {
    if (requested.current) return;
    requested.current = true;
    callbacks.current.onRequested();
    const id = jobId.current;
    if (!id) return;
    try {
      await call('jobs.cancel', { jobId: id });
    } catch (error) {
      // The cancel did not reach the job (it may have just ended): it can be asked for again.
      requested.current = false;
      callbacks.current.onError(error);
    }
  }, []);
  return useMemo(() => ({ begin, follow, requested, cancel }), [begin, follow, cancel]);
}
