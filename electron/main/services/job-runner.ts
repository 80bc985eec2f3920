// Long work (photo and dataset imports) runs as a job the UI polls: the same shape works over IPC and over
// HTTP, and a cancelled job reports what it finished before it stopped.

import { randomUUID } from 'node:crypto';
import { AppError } from '../../contract/envelope';
import type { JobStatus } from '../../contract/dto';

interface Job {
  status: JobStatus;
  controller: AbortController;
}

export type JobUpdate = Partial<Omit<JobStatus, 'id' | 'kind' | 'state'>>;
/** What a job finally reports, and whether it counts as cancelled. */
export type JobResult = JobUpdate & { cancelled?: boolean };

const FINISHED_JOBS_KEPT = 50;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  start(kind: JobStatus['kind'], run: (signal: AbortSignal, update: (u: JobUpdate) => void) => Promise<JobResult>): JobStatus {
    const id = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      controller,
      status: {
        id,
        kind,
        state: 'running',
        filesDone: 0,
        filesTotal: 0,
        bytesDone: 0,
        bytesTotal: 0,
        current: null,
        summary: null,
        rowsDone: 0,
        rowsTotal: 0,
        phase: null,
        dataSummary: null,
        exportStep: null,
        exportResult: null,
        error: null,
      },
    };
    this.jobs.set(id, job);
    this.prune();
    run(controller.signal, (u) => Object.assign(job.status, u))
      .then(({ cancelled, ...result }) => {
        Object.assign(job.status, result);
        job.status.state = cancelled ? 'cancelled' : 'done';
      })
      .catch((err: unknown) => {
        const wasCancelled = err instanceof AppError && err.code === 'cancelled';
        job.status.state = wasCancelled ? 'cancelled' : 'failed';
        job.status.error = err instanceof Error ? err.message : String(err);
      });
    return { ...job.status };
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', `任务 ${id} 不存在 (no such job)`);
    return { ...job.status };
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', `任务 ${id} 不存在 (no such job)`);
    job.controller.abort(new AppError('cancelled', '已取消 (cancelled)'));
    return { ...job.status };
  }

  /** Resolves when the job has finished, for callers that wait (tests, the CLI). */
  async wait(id: string, pollMs = 20): Promise<JobStatus> {
    for (;;) {
      const s = this.get(id);
      if (s.state !== 'running') return s;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(j.status.id);
  }
}
